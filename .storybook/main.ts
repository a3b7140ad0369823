import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The example data as data/, the stories' own files (a CSV, a Kolada answer, a broken file) as story-data/.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../stories/static', to: '/story-data' },
  ],
  core: { disableTelemetry: true },
};
export default config;
