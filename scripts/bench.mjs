// `npm run bench`: sizes against their budgets (size-limit, min+gzip) and render timings in headless
// Chromium against their budgets. Exits non-zero when any budget is exceeded, so CI fails.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const gates = JSON.parse(readFileSync(join(root, 'bench/gates.json'), 'utf8'));
let failed = false;
/** Prints a verdict; a miss fails the run only where the budget gates (see bench/gates.json). */
const verdict = (pass, gated) => (pass ? 'ok  ' : gated ? 'OVER' : 'over (open issue, not gated)');

// 1. Sizes (always of a fresh build: a stale dist/bpl.js must not be measured).
run('npm', ['run', 'build:bundle', '--silent']);
run('node', ['scripts/build-standalone.mjs']);
// size-limit exits non-zero when a budget is exceeded; its JSON report is complete all the same.
let sizeReport;
try {
  sizeReport = execFileSync('npx', ['size-limit', '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  sizeReport = error.stdout;
}
const sizes = JSON.parse(sizeReport.replace(/^[^[]*/, ''));
console.log('\nSize (min + gzip)');
const config = (await import(join(root, '.size-limit.js'))).default;
for (const s of sizes) {
  const kb = (s.size / 1000).toFixed(1);
  const entry = config.find((c) => c.name === s.name);
  const gated = gates.sizes[entry?.path] !== false;
  console.log(`  ${kb.padStart(6)} kB  (limit ${entry?.limit})  ${verdict(s.passed, gated)}  ${s.name}`);
  if (!s.passed && gated) failed = true;
}
// For the record (no budget): what a server or CDN that compresses with brotli sends for dist/bpl.js.
const brotli = brotliCompressSync(readFileSync(join(root, 'dist/bpl.js'))).length;
console.log(
  `  ${(brotli / 1000).toFixed(1).padStart(6)} kB  (no limit)  brotli -11 of dist/bpl.js, for comparison`,
);

// 2. Render timings, on a production build of bench/*.html.
run('npx', ['vite', 'build', '--mode', 'bench', '--logLevel', 'warn']);
const dir = join(root, 'dist/bench');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** The mock municipality page as an editor's page: the dev-server script tags replaced by the built file,
 * and a probe before it that notes when the parser reaches the tag and when each chart is drawn. */
const EMBED_PROBE = `<script>
  performance.mark('bpl-script-tag');
  window.bplEmbedTiming = { scriptTag: performance.now(), drawn: {} };
  const start = performance.now();
  document.addEventListener('bpl-load', (e) => {
    const tag = e.target.localName;
    requestAnimationFrame(() => {
      const t = window.bplEmbedTiming;
      t.drawn[tag] = performance.now() - start;
      if (t.first === undefined) { t.first = t.drawn[tag]; t.firstTag = tag; }
      const inView = [...document.querySelectorAll('[src]')].filter((el) => el.localName.startsWith('bpl-'))
        .filter((el) => el.getBoundingClientRect().top < innerHeight).map((el) => el.localName);
      if (inView.every((n) => t.drawn[n] !== undefined)) {
        t.inView = inView;
        t.all = Math.max(...inView.map((n) => t.drawn[n]));
        const ended = (part) => performance.getEntriesByType('resource')
          .filter((r) => r.name.includes(part)).map((r) => r.responseEnd - start);
        t.script = Math.max(...ended('/bpl.js'));
        t.data = Math.min(...ended('/data/'));
        t.done = true;
      }
    });
  });
</script>`;
function embedPage() {
  const html = readFileSync(join(root, 'demo/kommun.html'), 'utf8');
  const tag = /<script type="module" src="\.\.\/src\/bundle\.ts"><\/script>/;
  if (!tag.test(html)) throw new Error('demo/kommun.html: the bundle script tag was not found');
  return html
    .replace(tag, `${EMBED_PROBE}\n<script type="module" src="./bpl.js"></script>`)
    .replace(/<script type="module" src="\.\.\/src\/[^"]*"><\/script>/g, '');
}
/** A reader's page as a web editor makes it: one script tag (dist/bpl.js) and the elements it shows. */
const READER_PAGES = {
  'one trend chart': {
    budget: 33,
    html: '<bpl-trend-chart src="/embed/data/barn-och-unga.json" indicator="gymnasiebehorighet" area="0683"></bpl-trend-chart>',
  },
  'all four components': {
    budget: 68,
    html: [
      '<bpl-trend-chart src="/embed/data/barn-och-unga.json" indicator="gymnasiebehorighet" area="0683"></bpl-trend-chart>',
      '<bpl-municipality-map src="/embed/data/barn-och-unga.json" indicator="gymnasiebehorighet"></bpl-municipality-map>',
      '<bpl-wellbeing-wheel src="/embed/data/barn-och-unga.json" area="0683"></bpl-wellbeing-wheel>',
      '<bpl-collaboration-diagram src="/embed/data/samverkan-jonkoping.json"></bpl-collaboration-diagram>',
    ].join('\n'),
  },
};
const readerPage = (name) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${name}</title>` +
  `<script type="module" src="/embed/bpl.js"></script></head><body style="width:900px">${READER_PAGES[name].html}</body></html>`;
const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (pathname.startsWith('/reader/')) {
    const name = decodeURIComponent(pathname.slice('/reader/'.length));
    if (!READER_PAGES[name]) return res.writeHead(404).end();
    return res.writeHead(200, { 'content-type': 'text/html' }).end(readerPage(name));
  }
  if (pathname.startsWith('/embed/')) {
    const rest = pathname.slice('/embed/'.length);
    const file = /^bpl(-[\w-]+)?\.js$/.test(rest)
      ? join(root, 'dist', rest)
      : rest === 'kommun.html'
        ? null
        : join(root, 'demo', rest);
    if (file !== null && (!file.startsWith(join(root, 'd')) || rest.includes('..') || !existsSync(file))) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': types[extname(pathname)] ?? 'application/octet-stream' })
      .end(file === null ? embedPage() : readFileSync(file));
    return;
  }
  const path = join(dir, pathname);
  if (!path.startsWith(dir) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res
    .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
    .end(readFileSync(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: CHROMIUM_ARGS,
});
const pages = readdirSync(join(dir, 'bench'))
  .filter((f) => f.endsWith('.html'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const all = [];
console.log('\nRender time (headless Chromium, median)');
/** Opens a bench page and returns its results, and page errors (or a failure to run) in `errors`. */
async function measurePage(file) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let results = [];
  try {
    await page.goto(`http://127.0.0.1:${port}/bench/${file}`);
    await page.waitForFunction(() => typeof window.bplBench === 'function', null, { timeout: 30000 });
    results = await page.evaluate(() => window.bplBench());
  } catch (error) {
    errors.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  await page.close();
  return { results, errors };
}
// Other work on a shared machine only ever slows a run down, so a timing over its budget is measured again
// (at most twice more) and each result keeps a run that meets its budget, or else the run nearest to it (by
// ratio for a ratio budget, by median otherwise): a budget fails only when no run meets it.
const RETRIES = 2;
for (const file of pages) {
  const gated = gates.pages[file] !== false;
  let { results, errors } = await measurePage(file);
  const runsOf = new Map(results.map((r) => [r.name, 1]));
  for (let retry = 0; retry < RETRIES && !errors.length && results.some((r) => !r.pass); retry += 1) {
    console.log(
      `  (${file}: ${results
        .filter((r) => !r.pass)
        .map((r) => r.name)
        .join(', ')} over budget; measuring again)`,
    );
    const again = await measurePage(file);
    if (again.errors.length) {
      errors = again.errors;
      break;
    }
    results = results.map((r) => {
      const next = again.results.find((n) => n.name === r.name);
      if (!next || r.pass) return r;
      runsOf.set(r.name, (runsOf.get(r.name) ?? 1) + 1);
      // A run that meets the budget wins; between two that miss it, the one nearer to it (a ratio budget
      // compares ratios: a lower median can come with a lower floor and a worse ratio).
      if (next.pass) return next;
      const score = (x) => (x.budget?.maxRatio !== undefined ? x.ratio : x.median);
      return score(next) < score(r) ? next : r;
    });
  }
  for (const r of results) {
    const floor =
      r.floor !== undefined ? `  floor ${r.floor.toFixed(2)} ms, ratio ${r.ratio.toFixed(2)}×` : '';
    const budget = r.budget
      ? `  (budget${r.budget.maxRatio !== undefined ? ` ≤ ${r.budget.maxRatio}×` : ''}${r.budget.maxMs !== undefined ? ` ≤ ${r.budget.maxMs} ms` : ''})`
      : '';
    const best = runsOf.get(r.name) > 1 ? `  best of ${runsOf.get(r.name)} runs` : '';
    console.log(
      `  ${r.median.toFixed(2).padStart(8)} ms  ${r.name}${floor}${budget}${best}  ${verdict(r.pass, gated)}`,
    );
    if (!r.pass && gated) failed = true;
    all.push({ page: file, ...r, attempts: runsOf.get(r.name) });
  }
  if (errors.length) {
    console.log(`  errors on ${file}: ${errors.join('; ')}`);
    if (gated) failed = true;
  }
}
// 3. The embed as a web editor makes it: the mock municipality page (demo/kommun.html) with its one
// `<script type="module" src="bpl.js">`, served over HTTP with the built dist/bpl.js and the example data.
// Measured from the moment the parser reaches the script tag to the first chart drawn (its `bpl-load`, then
// the next frame), and to every chart in the first screenful drawn; each run in a fresh browser context
// (cold cache). Reported, not gated: the issue asks for the figure, not a budget.
if (only.length === 0 || only.some((o) => 'embed'.includes(o))) {
  /** Opens the mock page in a fresh browser context (cold cache) and waits until `ready` returns a value in
   * the page; page errors and a timeout come back in `errors`. */
  const openEmbed = async (ready, polling = 'raf') => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/embed/kommun.html`);
    const value = await page
      .waitForFunction(ready, null, { timeout: 30000, polling })
      .then((h) => h.jsonValue())
      .catch((error) => {
        errors.push(String(error).split('\n')[0]);
        return undefined;
      });
    await context.close();
    return { value, errors };
  };

  const runs = 9;
  const timings = [];
  for (let i = 0; i < runs; i += 1) {
    const { value, errors } = await openEmbed(() => window.bplEmbedTiming?.done && window.bplEmbedTiming);
    if (errors.length) {
      console.log(`  errors on the mock municipality page: ${errors.join('; ')}`);
      failed = true;
      break;
    }
    timings.push(value);
  }
  if (timings.length === runs) {
    const med = (key) => median(timings.map((t) => t[key]));
    const inView = timings[0].inView;
    console.log(
      '\nEmbed: the mock municipality page with dist/bpl.js (headless Chromium, cold cache, median of 9)',
    );
    console.log(
      `  ${med('scriptTag').toFixed(1).padStart(8)} ms  navigation start → the parser reaches the script tag`,
    );
    console.log(
      `  ${med('script').toFixed(1).padStart(8)} ms  script tag → dist/bpl.js downloaded (the preload scanner fetches it early: ≤ 0 means before the parser got there)`,
    );
    console.log(`  ${med('data').toFixed(1).padStart(8)} ms  script tag → first data file downloaded`);
    console.log(
      `  ${med('first').toFixed(1).padStart(8)} ms  script tag → first chart drawn (${timings[0].firstTag})`,
    );
    console.log(
      `  ${med('all').toFixed(1).padStart(8)} ms  script tag → all ${inView.length} charts in the first screenful drawn (${inView.join(', ')})`,
    );
    all.push({ page: 'embed', name: 'script tag to first chart', median: med('first'), pass: true });
    all.push({ page: 'embed', name: 'script tag to all charts in view', median: med('all'), pass: true });
  }

  // The built file, not only the sources: every component on the page draws (the diagram below the fold
  // once scrolled to), with no error box and no page error. This gates: a broken dist/bpl.js fails CI.
  const { value: drawn = [], errors } = await openEmbed(() => {
    const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('bpl-'));
    els.find((el) => !el.shadowRoot?.querySelector('svg, [role="alert"]'))?.scrollIntoView();
    const states = els.map((el) => ({
      tag: el.localName,
      svg: Boolean(el.shadowRoot?.querySelector('svg')),
      alert: el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim(),
    }));
    return states.length >= 4 && states.every((d) => d.svg || d.alert) && states;
  }, 100);
  const bad = drawn.filter((d) => !d.svg || d.alert);
  console.log(
    `  ${drawn.length - bad.length} of ${drawn.length} components drawn from dist/bpl.js (${drawn.map((d) => d.tag).join(', ')})`,
  );
  if (bad.length || errors.length || drawn.length < 4) {
    console.log(
      `  broken: ${[...bad.map((d) => `${d.tag}: ${d.alert ?? 'no drawing'}`), ...errors].join('; ')}`,
    );
    failed = true;
  }
}

// 4. What a reader's page costs: every script a page with dist/bpl.js fetches (the autoloader, the shared core,
// the components it shows), each page in a fresh browser context (cold cache), summed gzip -9. Gated by
// bench/gates.json `readerPages` (issue 17's budgets).
if (only.length === 0 || only.some((o) => 'pages'.includes(o) || 'embed'.includes(o))) {
  console.log(
    '\nPages: every script a reader’s page fetches with dist/bpl.js (gzip -9, cold, headless Chromium)',
  );
  for (const name of Object.keys(READER_PAGES)) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const scripts = new Map();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script')
        scripts.set(
          new URL(r.url()).pathname,
          r.body().then((b) => gzipSync(b, { level: 9 }).length),
        );
    });
    await page.goto(`http://127.0.0.1:${port}/reader/${encodeURIComponent(name)}`);
    const drawn = await page
      .waitForFunction(
        () => {
          const els = [...document.body.children].filter((el) => el.localName.startsWith('bpl-'));
          return els.every((el) => el.shadowRoot?.querySelector('svg, [role="alert"]')) && els.length;
        },
        null,
        { timeout: 30000, polling: 100 },
      )
      .then(() => true)
      .catch(() => false);
    const alerts = await page.evaluate(() =>
      [...document.body.children]
        .map((el) => el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim())
        .filter(Boolean),
    );
    const sizes = await Promise.all([...scripts.values()]);
    const total = sizes.reduce((a, b) => a + b, 0) / 1000;
    const budget = READER_PAGES[name].budget;
    const gated = gates.readerPages?.[name] !== false;
    const pass = drawn && alerts.length === 0 && errors.length === 0 && total <= budget;
    console.log(
      `  ${total.toFixed(1).padStart(6)} kB  (budget ${budget} kB)  ${verdict(total <= budget, gated)}  ${name}: ${[...scripts.keys()].map((p) => p.split('/').pop()).join(', ')}`,
    );
    if (!drawn || alerts.length || errors.length) {
      console.log(`  broken: ${[...alerts, ...errors].join('; ') || 'not drawn'}`);
      failed = true;
    } else if (!pass && gated) failed = true;
    all.push({ page: 'reader', name, median: total, pass });
    await context.close();
  }
}

await browser.close();
server.close();
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/results.json'), JSON.stringify({ sizes, render: all }, null, 2));
console.log(failed ? '\nBudget exceeded.' : '\nAll budgets met.');
process.exit(failed ? 1 : 0);
