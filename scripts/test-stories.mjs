// Every Storybook story in headless Chromium: it renders, logs no error, and axe finds nothing.
// Builds Storybook (npm run build-storybook, which regenerates custom-elements.json first), serves
// storybook-static, opens each story's iframe.html?id=… with Playwright, waits for the components to settle
// and runs axe-core on the story. Each story runs in Swedish/light and again in English/dark (the toolbar's
// globals).
//
//   node scripts/test-stories.mjs               build, then test every story in both variants
//   node scripts/test-stories.mjs --no-build    test the storybook-static that is there
//   node scripts/test-stories.mjs trend         only stories whose id contains "trend"
//   --light-only                                only the default variant (faster)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
import { findBrowser } from './browsers.mjs';

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
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && (!filters.length || filters.some((f) => e.id.includes(f))),
);
const variants = flags.has('--light-only') ? [''] : ['', 'lang:en;theme:dark'];

// Page-level rules that do not apply to a component shown alone in the story frame.
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];
// A story of a missing data file makes the browser log the 404; that is the story, not a fault.
const EXPECTED_CONSOLE = [/Failed to load resource: the server responded with a status of 404/];

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
};
const server = createServer((req, res) => {
  const path = normalize(join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
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
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
let passed = 0;
const failures = [];

async function testStory(story, globals) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    // A story of an unreachable host (…--error-network) makes the browser log the failed connection.
    const expected = story.id.includes('error-network')
      ? [...EXPECTED_CONSOLE, /Failed to load resource: net::ERR_/]
      : EXPECTED_CONSOLE;
    if (m.type() === 'error' && !expected.some((re) => re.test(m.text())))
      problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  try {
    const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const rootEl = document.getElementById('storybook-root');
        if (!rootEl || !rootEl.childElementCount) return false;
        const els = [...rootEl.querySelectorAll('*')].filter((el) => el.localName.startsWith('bpl-'));
        // Loading ends in ready or error; `idle` is a lazy component far below (it never loads here).
        return els.every((el) => el.status && el.status !== 'loading');
      },
      null,
      { timeout: 20000, polling: 100 },
    );
    // Two frames: resize observers and deferred layout have drawn.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async (disabled) => {
      // The a11y addon runs axe in the same frame; wait for its run to finish before ours.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run(document.getElementById('storybook-root'), {
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
    }, PAGE_RULES);
    problems.push(...violations);
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  const label = `${story.id}${globals ? ` [${globals}]` : ''}`;
  if (problems.length) {
    failures.push({ label, problems });
    console.log(`FAIL ${label}\n${problems.map((p) => `     ${p}`).join('\n')}`);
  } else {
    passed++;
    console.log(`ok   ${label}`);
  }
}

// A few pages at once: most of a story's time is spent waiting for the frame and its data.
const jobs = stories.flatMap((story) => variants.map((globals) => [story, globals]));
const workers = Number(process.env.BPL_STORY_WORKERS ?? 3);
try {
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await testStory(...job);
    }),
  );
} finally {
  await browser.close();
  server.close();
}
console.log(`\nstories: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
