import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Språk / Language',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema / Theme',
      toolbar: {
        title: 'Tema',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Ljust' },
          { value: 'dark', title: 'Mörkt' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', theme: 'light' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'sv';
      document.documentElement.dataset.bplTheme = context.globals.theme ?? 'light';
      const dark = context.globals.theme === 'dark';
      document.body.style.background = dark ? '#16191d' : '#ffffff';
      // The stories' own text (captions, wrappers) follows the background too.
      document.body.style.color = dark ? '#e8eaed' : '#1d2125';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Introduktion', 'Komponenter', ['*', ['Playground', 'Options', 'States', 'Accessibility']]],
      },
    },
  },
};
export default preview;
