import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
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

/**
 * Kolada's API v3 as recorded (test/fixtures/real/kolada, split into pages in test/fixtures/made): the data
 * answer for any KPI and areas, paged by next_url, and `/v3/kpi/{id}` with a description in Kolada's shape (its
 * title made up: no recorded description exists). `/test-kolada/last` tells the address last asked for, and the
 * `nometa` variant answers 404 for descriptions.
 */
let lastKolada = '';
function koladaApi() {
  const made = (name) => readFileSync(new URL(`./test/fixtures/made/${name}`, import.meta.url), 'utf8');
  return async (ctx, next) => {
    // Fixtures byte for byte (the dev server re-encodes text files it serves as UTF-8, which would hide how a
    // Windows-1252 file is read).
    if (ctx.path.startsWith('/test-raw/')) {
      const path = ctx.path.slice('/test-raw/'.length);
      if (!/^[\w./-]+$/.test(path) || path.includes('..')) return next();
      ctx.type = path.endsWith('.csv') ? 'text/csv' : 'application/json';
      ctx.body = readFileSync(new URL(`./test/fixtures/${path}`, import.meta.url));
      return;
    }
    const m = /^\/test-kolada(-nometa)?\/v3\/(.*)$/.exec(ctx.path);
    if (ctx.path === '/test-kolada/last') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ url: lastKolada });
      return;
    }
    if (!m) return next();
    ctx.type = 'application/json';
    ctx.set('Access-Control-Allow-Origin', '*');
    if (m[2].startsWith('data/')) {
      lastKolada = ctx.path;
      const first = JSON.parse(made('kolada-N21704-page1.json'));
      first.next_url = `${ctx.origin}/test-kolada${m[1] ?? ''}/v3/page2`;
      ctx.body = JSON.stringify(first);
    } else if (m[2] === 'page2') ctx.body = made('kolada-N21704-page2.json');
    else if (m[2].startsWith('kpi/') && !m[1])
      ctx.body = JSON.stringify({
        count: 1,
        values: [
          {
            id: 'N21704',
            title: 'Testtitel för N21704, andel (%)',
            description: 'Beskrivning i Koladas form (påhittad för testet).',
            is_divided_by_gender: 1,
            operating_area: 'Test',
            publication_date: '2024-03-20',
          },
        ],
      });
    else ctx.status = 404;
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
  middleware: [testApi(), koladaApi(), strictCsp()],
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
