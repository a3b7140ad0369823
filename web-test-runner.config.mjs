import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { snapshotPlugin } from './scripts/wtr-snapshot-plugin.mjs';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browsers.mjs';

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
        args: [...CHROMIUM_ARGS, '--font-render-hinting=none'],
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

/** A few endpoints for loader tests: slow answers, counted requests, plain text, server errors. */
const counts = new Map();
function testApi() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test-api/')) return next();
    const key = ctx.query.key ?? ctx.path;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const delay = Number(ctx.query.delay ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (ctx.path === '/test-api/count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counts.get(ctx.query.of) ?? 0 });
    } else if (ctx.path === '/test-api/text') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sidan finns inte</title>';
    } else if (ctx.path === '/test-api/status') {
      ctx.status = Number(ctx.query.code ?? 500);
      ctx.body = 'error';
    } else if (ctx.path === '/test-api/dataset') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        meta: { title: ctx.query.title ?? 'Testdata' },
        indicators: [
          {
            id: 'a',
            title: 'A',
            focusArea: 'other',
            unit: 'percent',
            polarity: 'higher-is-better',
            data: [{ area: '0680', period: '2023', value: 1 }],
          },
        ],
      });
    } else {
      ctx.status = 404;
    }
  };
}

/** A blank page served with a strict Content-Security-Policy and Trusted Types required, holding the HTML
 * given in `?html=` (the builder's snippet), and a same-origin probe that records every violation. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
function strictCsp() {
  return async (ctx, next) => {
    if (ctx.path === '/test-csp/probe.js') {
      ctx.type = 'text/javascript';
      ctx.body =
        "window.cspViolations = [];\ndocument.addEventListener('securitypolicyviolation', function (e) {\n" +
        "  window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);\n});\n";
      return;
    }
    if (ctx.path !== '/test-csp/page') return next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.type = 'text/html';
    ctx.body =
      '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Strikt CSP</title>' +
      '<script src="/test-csp/probe.js"></script></head><body>' +
      String(ctx.query.html ?? '') +
      '</body></html>';
  };
}

export default {
  middleware: [testApi(), strictCsp()],
  files: process.env.BPL_TEST_FILES ? process.env.BPL_TEST_FILES.split(',') : ['test/**/*.browser.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    snapshotPlugin(),
  ],
  browsers,
  testFramework: { config: { timeout: 20000 } },
};
