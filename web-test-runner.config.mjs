import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { snapshotPlugin } from './scripts/wtr-snapshot-plugin.mjs';
import { findBrowser } from './scripts/browsers.mjs';

/** Chromium through Playwright, Firefox through Puppeteer (WebDriver BiDi), both the system's own builds.
 * `BPL_BROWSERS=chromium` (or `firefox`) runs one of them. */
const wanted = (process.env.BPL_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: findBrowser('chromium'),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--font-render-hinting=none',
        ],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: findBrowser('firefox'),
        headless: true,
        protocol: 'webDriverBiDi',
        extraPrefsFirefox: {
          'network.proxy.type': 0,
          'browser.startup.homepage_override.mstone': 'ignore',
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'app.update.enabled': false,
        },
      },
    }),
  );
}

export default {
  files: process.env.BPL_TEST_FILES ? process.env.BPL_TEST_FILES.split(',') : ['test/**/*.browser.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    snapshotPlugin(),
  ],
  browsers,
  testFramework: { config: { timeout: 20000 } },
};
