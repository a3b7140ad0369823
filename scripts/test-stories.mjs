// Every Storybook story and docs page in headless Chromium. Builds Storybook (npm run build-storybook, which
// regenerates custom-elements.json first), serves storybook-static and opens each story's
// iframe.html?id=…&viewMode=story, then each docs page's …&viewMode=docs, with Playwright, in Swedish/light
// and again in English/dark (the toolbar's globals). Once the components have settled it checks that
//   - the page logged no error (a failed request only where a story promises a load error) and threw nothing;
//   - the story shows at least one bpl-* component, inside the preview's `.bpl-story` wrapper;
//   - each component is in the state the story promises: the error code of `parameters.bpl.expectError`
//     (as `el.error.code` and in the `bpl-error` events), or no error at all; a story under States named
//     "Fel: …" must promise one; `parameters.bpl.expectSelector` must match inside a component;
//   - the components follow the toolbar's theme (a dark background in the dark pass, a light one otherwise,
//     unless the story sets `theme` itself) and language (on docs pages too, where Storybook says lang="en");
//   - axe finds nothing.
//
//   node scripts/test-stories.mjs               build, then test every story and docs page in both variants
//   node scripts/test-stories.mjs --no-build    test the storybook-static that is there
//   node scripts/test-stories.mjs trend         only entries whose id contains "trend"
//   --light-only                                only the default variant (faster)
//   --no-docs                                   stories only
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'storybook-static');
const argv = process.argv.slice(2);
const flags = new Set(argv.filter((a) => a.startsWith('--')));
const filters = argv.filter((a) => !a.startsWith('--'));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

if (!flags.has('--no-build')) {
  const r = spawnSync('npm', ['run', 'build-storybook', '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(join(out, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run npm run build-storybook');
  process.exit(1);
}

const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const selected = entries.filter(
  (e) =>
    (e.type === 'story' || (e.type === 'docs' && !flags.has('--no-docs'))) &&
    (!filters.length || filters.some((f) => e.id.includes(f))),
);
const storiesOf = (title) => entries.filter((e) => e.type === 'story' && e.title === title);
const variants = flags.has('--light-only') ? [''] : ['', 'lang:en;theme:dark'];

// Page-level rules that do not apply to a component shown alone in the story frame.
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];
// A docs page shows its first story twice (on top and in the list) and many copies of one component: their
// landmarks share names there as they would not on a real page.
const DOCS_RULES = [...PAGE_RULES, 'landmark-unique'];
/** What the browser logs for a request that fails on purpose, by the error code a story promises. */
const EXPECTED_CONSOLE = {
  http: /Failed to load resource: the server responded with a status of 404/,
  geometry: /Failed to load resource: the server responded with a status of 404/,
  network: /Failed to load resource: net::ERR_(UNSAFE_PORT|CONNECTION_REFUSED)/,
};

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
};
const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // The browser asks for it by itself; a 404 here would be a console error in every story.
  if (pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const path = normalize(join(out, pathname));
  const file =
    path.startsWith(out) && existsSync(path) && statSync(path).isDirectory()
      ? join(path, 'index.html')
      : path;
  if (!file.startsWith(out) || !existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: [...CHROMIUM_ARGS, '--font-render-hinting=none'],
});
const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
// Every bpl-error, kept on the story's wrapper, so each story's events can be checked against its promise.
await context.addInitScript(() => {
  document.addEventListener(
    'bpl-error',
    (event) => {
      const wrapper = event.target.closest?.('.bpl-story');
      if (wrapper) (wrapper.bplErrors ??= []).push(`${event.target.localName}:${event.detail.code}`);
    },
    true,
  );
});
let passed = 0;
const failures = [];

/** In the page: each story wrapper's components against what the story promises. */
function inspect({ rootId, dark, checkNames }) {
  const luminance = (colour) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const problems = [];
  const expected = new Set();
  const rootEl = document.getElementById(rootId);
  const wrappers = [...(rootEl?.querySelectorAll('.bpl-story') ?? [])];
  for (const wrapper of wrappers) {
    const expect = wrapper.dataset.expectError;
    if (expect) expected.add(expect);
    const els = [...wrapper.querySelectorAll('*')].filter((el) => el.localName.startsWith('bpl-'));
    if (!els.length) problems.push('the story shows no bpl-* component');
    for (const el of els) {
      const code = el.error?.code;
      if (expect && code !== expect)
        problems.push(
          `<${el.localName}> should show the error "${expect}", shows ${code ? `"${code}"` : 'none'}`,
        );
      if (!expect && code) {
        const text = el.shadowRoot
          ?.querySelector('[part~="error"]')
          ?.textContent?.replace(/\s+/g, ' ')
          .trim();
        problems.push(`<${el.localName}> shows the error "${code}": ${text?.slice(0, 160)}`);
      }
      // The language the component resolved (LocalizeController), against its own lang or the toolbar's.
      const lang = el.localize?.lang;
      const wantLang = el.getAttribute('lang') ?? wrapper.lang;
      if (lang !== wantLang) problems.push(`<${el.localName}> speaks ${lang}, should speak ${wantLang}`);
      const own = el.getAttribute('theme');
      const wantDark = own === 'dark' || (own !== 'light' && dark);
      const background = getComputedStyle(el).backgroundColor;
      const l = luminance(background);
      if (wantDark ? l > 0.2 : l < 0.5)
        problems.push(
          `<${el.localName}> has a ${wantDark ? 'light' : 'dark'} background (${background}, theme="${own}") in the ${dark ? 'dark' : 'light'} variant`,
        );
    }
    const events = wrapper.bplErrors ?? [];
    const codes = new Set(events.map((e) => e.split(':')[1]));
    if (expect && (!codes.has(expect) || codes.size > 1))
      problems.push(`bpl-error events ${JSON.stringify(events)}, expected only "${expect}"`);
    if (!expect && events.length) problems.push(`unexpected bpl-error events ${JSON.stringify(events)}`);
  }
  if (checkNames) {
    const { named, inStates } = checkNames;
    const promised = wrappers.some((w) => w.dataset.expectError);
    if (inStates && named && !promised)
      problems.push('a States story named "Fel: …" sets no parameters.bpl.expectError');
    if (promised && !named) problems.push('a story that expects an error should be named "Fel: …"');
  }
  return { problems, wrappers: wrappers.length, expected: [...expected] };
}

async function test(entry, globals) {
  const docs = entry.type === 'docs';
  const rootId = docs ? 'storybook-docs' : 'storybook-root';
  const dark = globals.includes('theme:dark');
  const page = await context.newPage();
  const problems = [];
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  try {
    const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}${globals ? `&globals=${globals}` : ''}`;
    await page.goto(url, { waitUntil: 'load' });
    const wanted = docs ? storiesOf(entry.title).length : 1;
    await page.waitForFunction(
      ({ rootId, wanted }) => {
        const rootEl = document.getElementById(rootId);
        if (!rootEl) return false;
        if (!wanted) return !!rootEl.querySelector('h1');
        if (rootEl.querySelectorAll('.bpl-story').length < wanted) return false;
        const els = [...rootEl.querySelectorAll('*')].filter((el) => el.localName.startsWith('bpl-'));
        // Loading ends in ready or error; `idle` is a lazy component far below (it never loads here).
        return els.every((el) => el.status && el.status !== 'loading');
      },
      { rootId, wanted },
      { timeout: docs ? 60000 : 20000, polling: 100 },
    );
    // Two frames: resize observers and deferred layout have drawn.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const selector =
      !docs && (await page.$eval('.bpl-story', (w) => w.dataset.expectSelector).catch(() => undefined));
    if (selector) {
      // A play function may open it after the component settled.
      const found = await page
        .waitForFunction(
          (sel) =>
            [...document.querySelectorAll('#storybook-root *')].some((el) =>
              el.shadowRoot?.querySelector(sel),
            ),
          selector,
          { timeout: 5000, polling: 100 },
        )
        .then(() => true)
        .catch(() => false);
      if (!found) problems.push(`nothing matches ${selector} inside the component`);
    }
    const checkNames = !docs && {
      named: /^Fel\b/.test(entry.name),
      inStates: entry.title.endsWith('/States'),
    };
    const report = await page.evaluate(inspect, { rootId, dark, checkNames });
    if (wanted && !report.wrappers)
      problems.push('no .bpl-story wrapper (the preview decorator did not run)');
    problems.push(...report.problems);
    const allowed = report.expected.map((code) => EXPECTED_CONSOLE[code]).filter(Boolean);
    problems.push(
      ...consoleErrors
        .filter((text) => !allowed.some((re) => re.test(text)))
        .map((text) => `console: ${text}`),
    );
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(
      async ({ rootId, disabled }) => {
        // The a11y addon runs axe in the same frame; wait for its run to finish before ours.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run(document.getElementById(rootId), {
              rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
            });
            return result.violations.map(
              (v) => `axe ${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
            );
          } catch (error) {
            if (attempt > 40 || !String(error).includes('already running')) throw error;
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      },
      { rootId, disabled: docs ? DOCS_RULES : PAGE_RULES },
    );
    problems.push(...violations);
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  const label = `${entry.id}${globals ? ` [${globals}]` : ''}`;
  if (problems.length) {
    failures.push({ label, problems });
    console.log(`FAIL ${label}\n${problems.map((p) => `     ${p}`).join('\n')}`);
  } else {
    passed++;
    console.log(`ok   ${label}`);
  }
}

// A few pages at once: most of a story's time is spent waiting for the frame and its data.
const jobs = selected.flatMap((entry) => variants.map((globals) => [entry, globals]));
const workers = Number(process.env.BPL_STORY_WORKERS ?? 3);
try {
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await test(...job);
    }),
  );
} finally {
  await browser.close();
  server.close();
}
console.log(`\nstories and docs pages: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
