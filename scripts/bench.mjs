// `npm run bench`: sizes against their budgets (size-limit, min+gzip) and render timings in headless
// Chromium against their budgets. Exits non-zero when any budget is exceeded, so CI fails.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const gates = JSON.parse(readFileSync(join(root, 'bench/gates.json'), 'utf8'));
let failed = false;
/** Prints a verdict; a miss fails the run only where the budget gates (see bench/gates.json). */
const verdict = (pass, gated) => (pass ? 'ok  ' : gated ? 'OVER' : 'over (open issue, not gated)');

// 1. Sizes.
if (!existsSync(join(root, 'dist/bpl.js'))) run('npm', ['run', 'build:bundle', '--silent']);
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
const config = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
for (const s of sizes) {
  const kb = (s.size / 1000).toFixed(1);
  const entry = config.find((c) => c.name === s.name);
  const gated = gates.sizes[entry?.path] !== false;
  console.log(`  ${kb.padStart(6)} kB  (limit ${entry?.limit})  ${verdict(s.passed, gated)}  ${s.name}`);
  if (!s.passed && gated) failed = true;
}

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
const server = createServer((req, res) => {
  const path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
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
for (const file of pages) {
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
  for (const r of results) {
    const floor =
      r.floor !== undefined ? `  floor ${r.floor.toFixed(2)} ms, ratio ${r.ratio.toFixed(2)}×` : '';
    const budget = r.budget
      ? `  (budget${r.budget.maxRatio !== undefined ? ` ≤ ${r.budget.maxRatio}×` : ''}${r.budget.maxMs !== undefined ? ` ≤ ${r.budget.maxMs} ms` : ''})`
      : '';
    const gated = gates.pages[file] !== false;
    console.log(
      `  ${r.median.toFixed(2).padStart(8)} ms  ${r.name}${floor}${budget}  ${verdict(r.pass, gated)}`,
    );
    if (!r.pass && gated) failed = true;
    all.push({ page: file, ...r });
  }
  if (errors.length) {
    console.log(`  errors on ${file}: ${errors.join('; ')}`);
    if (gates.pages[file] !== false) failed = true;
  }
  await page.close();
}
await browser.close();
server.close();
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/results.json'), JSON.stringify({ sizes, render: all }, null, 2));
console.log(failed ? '\nBudget exceeded.' : '\nAll budgets met.');
process.exit(failed ? 1 : 0);
