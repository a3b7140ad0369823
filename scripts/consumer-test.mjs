// The packed package, used the way a consumer uses it: `npm pack`, install the tarball into a fresh Vite
// project (from the npm cache where it can, else the registry; nothing symlinked), import one component by its subpath, build,
// render it in headless Chromium, and type-check a consumer's code (HTMLElementTagNameMap, event types and,
// when the package exports them, the React JSX typings) with the consumer's own `tsc`.
//
//   node scripts/consumer-test.mjs            builds the package first (npm run build)
//   node scripts/consumer-test.mjs --no-build uses the dist/ that is there
//   --keep                                    leaves the temporary project for a look
//   --package-dir=DIR                         packs DIR instead of this project (to try a package.json change)
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { findBrowser } from './browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const packageDir = resolve(
  [...args].find((a) => a.startsWith('--package-dir='))?.slice('--package-dir='.length) ?? root,
);
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const installed = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const env = {
  ...process.env,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` – ${detail}` : ''}`);
}
function run(cmd, argv, cwd) {
  const r = spawnSync(cmd, argv, { cwd, env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited with ${r.status}`);
}
function capture(cmd, argv, cwd) {
  return spawnSync(cmd, argv, { cwd, env, encoding: 'utf8' });
}

if (!args.has('--no-build')) run('npm', ['run', 'build', '--silent'], root);

// ------------------------------------------------------------------ pack
const work = mkdtempSync(join(tmpdir(), 'bpl-consumer-'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: packageDir,
    env,
    encoding: 'utf8',
  }),
);
const paths = new Set(packed.files.map((f) => f.path));
console.log(`packed ${packed.filename}: ${(packed.size / 1024).toFixed(0)} kB, ${packed.files.length} files`);
const expectedFiles = [
  'package.json',
  'dist/bpl.js',
  'dist/bpl.full.js',
  'dist/esm/trend-chart.js',
  'dist/types/components/trend-chart/trend-chart.d.ts',
  'custom-elements.json',
  'schema/dataset.schema.json',
  'CHANGELOG.md',
  'README.md',
];
for (const file of expectedFiles) check(paths.has(file), `the package holds ${file}`);
// dist/bpl.js (the autoloader) fetches the components, the shared core, the readers, the English texts and sync
// from files beside it: every file it can reach, directly or through another, is in the package.
const reachable = new Set();
const follow = (file) => {
  for (const [name] of readFileSync(join(packageDir, 'dist', file), 'utf8').matchAll(/bpl-[\w-]+\.js/g))
    if (!reachable.has(name) && existsSync(join(packageDir, 'dist', name))) {
      reachable.add(name);
      follow(name);
    }
};
follow('bpl.js');
check(
  reachable.size >= 6 && [...reachable].every((file) => paths.has(`dist/${file}`)),
  `the package holds the ${reachable.size} files bpl.js fetches on demand (${[...reachable].join(', ')})`,
);
check(
  ![...paths].some((p) => /^(src|test|stories|bench|demo)\//.test(p)),
  'no sources, tests, stories or benches',
);
const extra = [...new Set([...paths].map((p) => p.split('/').slice(0, 2).join('/')))].filter((p) =>
  /^dist\/(bench|standalone|demo)|^dist\/[^/]*tmp/.test(p),
);
if (extra.length)
  console.log(`note: build output that consumers do not need is packed too: ${extra.join(', ')}`);
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : Object.values(target);
  for (const file of files.filter((f) => !f.includes('*')))
    check(paths.has(file.replace(/^\.\//, '')), `export "${subpath}" points into the package`, file);
}

// ------------------------------------------------------------------ a fresh consumer project
const app = join(work, 'app');
mkdirSync(join(app, 'src'), { recursive: true });
const hasReact = Boolean(pkg.exports['./react']);
const hasVue = Boolean(pkg.exports['./vue']);
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify(
    {
      name: 'bpl-consumer',
      private: true,
      type: 'module',
      dependencies: { [pkg.name]: `file:../${packed.filename}` },
      devDependencies: {
        vite: installed('vite'),
        typescript: installed('typescript'),
        ...(hasReact ? { '@types/react': installed('@types/react') } : {}),
        ...(hasVue ? { vue: installed('vue'), 'vue-tsc': installed('vue-tsc') } : {}),
      },
    },
    null,
    2,
  ),
);
const dataset = {
  meta: { title: { sv: 'Konsumenttest', en: 'Consumer test' } },
  indicators: [
    {
      id: 'a',
      title: 'Andel',
      focusArea: 'other',
      unit: 'percent',
      polarity: 'higher-is-better',
      data: ['2020', '2021', '2022', '2023'].map((period, i) => ({
        area: '0680',
        period,
        value: 60 + i * 3,
      })),
    },
  ],
};
writeFileSync(
  join(app, 'index.html'),
  `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8" /><title>Konsument</title></head>
  <body>
    <bpl-trend-chart indicator="a" area="0680" compare="none"></bpl-trend-chart>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
);
writeFileSync(
  join(app, 'src/main.ts'),
  `import '${pkg.name}/trend-chart';
import type { BplLoadEvent } from '${pkg.name}/core';

const chart = document.querySelector('bpl-trend-chart')!;
chart.addEventListener('bpl-load', (event: BplLoadEvent) => {
  (window as unknown as { loaded: string }).loaded = event.detail.kind;
});
chart.data = ${JSON.stringify(dataset)};
`,
);
// Type checks only: never built.
writeFileSync(
  join(app, 'src/types.ts'),
  `import '${pkg.name}/trend-chart';
import type { BplSelectEvent, BplTrendChart } from '${pkg.name}';

const chart: BplTrendChart = document.createElement('bpl-trend-chart');
chart.area = '0680';
chart.headingLevel = 3;
// @ts-expect-error area is a text code
chart.area = 680;
const found = document.querySelector('bpl-trend-chart');
found?.addEventListener('bpl-select', (event) => {
  const area: string | undefined = event.detail.area;
  const typed: BplSelectEvent = event;
  return [area, typed];
});
chart.addEventListener('bpl-error', (event) => event.detail.code.toUpperCase());
// @ts-expect-error the detail has no such field
chart.addEventListener('bpl-load', (event) => event.detail.nothing);
export const version: string = (customElements.get('bpl-trend-chart') as typeof BplTrendChart).version;
`,
);
if (hasReact)
  writeFileSync(
    join(app, 'src/app.tsx'),
    `import type {} from '${pkg.name}/react';

export const ok = (
  <bpl-trend-chart
    src="/data.json"
    area="0680"
    heading-level={3}
    sync="lan"
    sync-url
    className="chart"
    onbpl-select={(event) => console.log(event.detail.area, event.currentTarget.area)}
  />
);
export const map = <bpl-municipality-map color-by="goal" period="2024" data={{}} />;
// @ts-expect-error area is a text code
export const wrong = <bpl-trend-chart area={680} />;
// @ts-expect-error no such theme
export const wrongTheme = <bpl-wellbeing-wheel theme="blue" />;
`,
  );
// Vue templates, checked by vue-tsc (Volar) with the package's GlobalComponents typings.
if (hasVue) {
  mkdirSync(join(app, 'vue'), { recursive: true });
  writeFileSync(
    join(app, 'vue/App.vue'),
    `<script setup lang="ts">
import type {} from '${pkg.name}/vue';
import '${pkg.name}/trend-chart';
import type { BplSelectEvent } from '${pkg.name}';

const onSelect = (event: BplSelectEvent): string | undefined => event.detail.area;
</script>

<template>
  <bpl-trend-chart src="/data.json" area="0680" :heading-level="3" sync="lan" @bpl-select="onSelect" />
  <bpl-municipality-map color-by="goal" period="2024" @bpl-error="(e) => e.detail.code.toUpperCase()" />
  <!-- @vue-expect-error area is a text code -->
  <bpl-trend-chart :area="680" />
  <!-- @vue-expect-error no such theme -->
  <bpl-wellbeing-wheel theme="blue" />
  <!-- @vue-expect-error the load event's detail has no such field -->
  <bpl-collaboration-diagram @bpl-load="(e) => e.detail.nothing" />
</template>
`,
  );
  writeFileSync(
    join(app, 'vue/tsconfig.json'),
    JSON.stringify(
      {
        // The consumer's tsconfig below; our .d.ts files are already checked there, so not again with Vue's.
        extends: '../tsconfig.json',
        compilerOptions: { jsx: 'preserve', skipLibCheck: true },
        include: ['*.vue'],
      },
      null,
      2,
    ),
  );
}
writeFileSync(
  join(app, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        // Our .d.ts files are checked too, as a strict consumer would.
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    },
    null,
    2,
  ),
);

let exitCode = 1;
try {
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  const own = join(app, 'node_modules', ...pkg.name.split('/'));
  check(
    existsSync(own) && !statSync(own).isSymbolicLink() && !readdirSync(own).includes('src'),
    'installed from the tarball as files',
  );

  const tsc = capture(join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app);
  check(
    tsc.status === 0,
    `consumer tsc: HTMLElementTagNameMap, event types${hasReact ? ', React JSX' : ''}`,
    (tsc.stdout + tsc.stderr).trim(),
  );
  if (!hasReact) console.log('note: package.json has no "./react" export; the JSX typings were not checked');
  if (hasVue) {
    const vueTsc = capture(join(app, 'node_modules/.bin/vue-tsc'), ['-p', 'vue/tsconfig.json'], app);
    check(
      vueTsc.status === 0,
      'consumer vue-tsc: Vue template typings (attributes, events, expected errors)',
      (vueTsc.stdout + vueTsc.stderr).trim(),
    );
  }

  const vite = capture(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);
  check(vite.status === 0, 'consumer vite build', (vite.stdout + vite.stderr).trim());
  const assets = join(app, 'dist/assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const code = js.map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  check(
    code.includes('bpl-trend-chart') && !code.includes('bpl-municipality-map'),
    'only the imported component is bundled',
  );
  console.log(
    `consumer bundle: ${js.map((f) => `${f} ${(statSync(join(assets, f)).size / 1024).toFixed(1)} kB`).join(', ')}`,
  );

  // Serve the build and render it in Chromium.
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  // /pkg/… is the installed package as a CDN would serve it; /bpl.html?script=… the web editor's page with
  // that script. /archive/… is a CMS file archive: one upload (dist/bpl.full.js) under an address of its own,
  // another name and a query, where nothing else is beside it.
  const editorPage = (
    script,
  ) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bpl</title>
${script
  .split(' ')
  .map((src) => `<script type="module" src="${src}"></script>`)
  .join('\n')}</head>
<body><bpl-trend-chart src="/data.csv" area="0680" compare="none"></bpl-trend-chart>
<bpl-trend-chart lang="en" src="/data.csv" area="0680" compare="none"></bpl-trend-chart></body></html>`;
  const archived = '/archive/18.4f2a91/1733270400/viz.js';
  const csv = 'kommun;år;värde\n0680;2021;61,5\n0680;2022;63\n0680;2023;64,5\n';
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const pathname = decodeURIComponent(url.pathname);
    if (pathname === '/bpl.html' || pathname === '/data.csv') {
      res.writeHead(200, { 'Content-Type': pathname.endsWith('.csv') ? 'text/csv' : 'text/html' });
      res.end(pathname.endsWith('.csv') ? csv : editorPage(url.searchParams.get('script')));
      return;
    }
    if (pathname.startsWith('/archive/')) {
      const ok = pathname === archived;
      res.writeHead(ok ? 200 : 404, { 'Content-Type': 'text/javascript' });
      res.end(ok ? readFileSync(join(own, 'dist/bpl.full.js')) : '');
      return;
    }
    if (pathname.startsWith('/pkg/')) {
      const inPackage = join(own, pathname.slice('/pkg/'.length));
      const ok = inPackage.startsWith(own) && existsSync(inPackage) && statSync(inPackage).isFile();
      res.writeHead(ok ? 200 : 404, { 'Content-Type': types[extname(inPackage)] ?? 'text/plain' });
      res.end(ok ? readFileSync(inPackage) : '');
      return;
    }
    const path = join(app, 'dist', pathname);
    const file = existsSync(path) && statSync(path).isFile() ? path : join(app, 'dist/index.html');
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(
      () => document.querySelector('bpl-trend-chart')?.shadowRoot?.querySelector('svg path') != null,
      null,
      { timeout: 15000 },
    );
    const state = await page.evaluate(() => {
      const el = document.querySelector('bpl-trend-chart');
      return {
        status: el.status,
        version: customElements.get('bpl-trend-chart').version,
        loaded: window.loaded,
        text: el.shadowRoot.textContent,
      };
    });
    check(
      state.status === 'ready' && state.loaded === 'dataset',
      'the chart renders in Chromium',
      JSON.stringify(state.status),
    );
    check(state.text.includes('Andel'), 'with the data given as a property');
    check(
      state.version === pkg.version,
      `run-time version ${state.version} is package.json's ${pkg.version}`,
    );
    check(problems.length === 0, 'no console errors', problems.join(' | '));

    // The web editor's way: a script tag and two charts of a CSV file, one in Swedish and one in English.
    // Returns the two charts' state and what the page fetched.
    const editorRun = async (script) => {
      const editor = await browser.newPage();
      const problems = [];
      const fetched = [];
      const warnings = [];
      editor.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
        if (m.type() === 'warning') warnings.push(m.text());
      });
      editor.on('pageerror', (e) => problems.push(String(e)));
      editor.on('response', (r) => fetched.push(`${r.status()} ${new URL(r.url()).pathname}`));
      await editor.goto(
        `http://127.0.0.1:${server.address().port}/bpl.html?script=${encodeURIComponent(script)}`,
      );
      await editor.waitForFunction(
        () =>
          [...document.querySelectorAll('bpl-trend-chart')].every((el) =>
            ['ready', 'error'].includes(el.status),
          ),
        null,
        { timeout: 15000 },
      );
      await editor.evaluate(() =>
        Promise.all([...document.querySelectorAll('bpl-trend-chart')].map((el) => el.whenSettled())),
      );
      const [sv, en] = await editor.evaluate(() =>
        [...document.querySelectorAll('bpl-trend-chart')].map((el) => ({
          status: el.status,
          paths: el.shadowRoot.querySelectorAll('svg path').length,
          toggle: el.shadowRoot.querySelector('.view-toggle')?.textContent.trim(),
        })),
      );
      await editor.close();
      return {
        sv,
        en,
        fetched,
        problems,
        warnings,
        seen: `${JSON.stringify({ sv, en })}; fetched: ${fetched.join(', ')}`,
      };
    };

    // dist/bpl.js fetches the CSV readers and the English texts from the files beside it.
    const split = await editorRun('/pkg/dist/bpl.js');
    check(
      split.sv.status === 'ready' && split.sv.paths > 0,
      'dist/bpl.js draws a chart from a CSV file, with the readers fetched from beside it',
      split.seen,
    );
    check(
      split.fetched.some((line) => /^200 \/pkg\/dist\/bpl-adapters-[\w-]+\.js$/.test(line)),
      'the readers came from their own file',
      split.seen,
    );
    check(
      split.sv.toggle === 'Visa som tabell' &&
        split.en.status === 'ready' &&
        split.en.toggle === 'Show as table',
      'an element in English speaks English, its texts fetched from beside bpl.js',
      split.seen,
    );
    check(
      split.fetched.some((line) => /^200 \/pkg\/dist\/bpl-en-[\w-]+\.js$/.test(line)),
      'the English texts came from their own file',
      split.seen,
    );
    check(split.problems.length === 0, 'no console errors (bpl.js page)', split.problems.join(' | '));
    check(split.warnings.length === 0, 'and no warnings', split.warnings.join(' | '));

    // bpl.js under another address (a query), or loaded twice from two addresses: the files it fetches are
    // found relative to it, and the first autoloader serves the page.
    for (const scripts of [['/pkg/dist/bpl.js?v=2'], ['/pkg/dist/bpl.js', '/pkg/dist/bpl.js?v=3']]) {
      const run = await editorRun(scripts.join(' '));
      check(
        run.sv.status === 'ready' && run.sv.paths > 0 && run.en.toggle === 'Show as table',
        `${scripts.join(' and ')}: draws the CSV chart in Swedish and English`,
        run.seen,
      );
      check(
        run.problems.length === 0 && run.warnings.length === 0,
        `${scripts.join(' and ')}: no console errors or warnings`,
        [...run.problems, ...run.warnings].join(' | '),
      );
      const components = run.fetched.filter((line) => /bpl-trend-chart-[\w-]+\.js$/.test(line));
      check(
        components.length === 1,
        `${scripts.join(' and ')}: the trend chart's file fetched once`,
        run.seen,
      );
    }

    // dist/bpl.full.js needs nothing beside it: uploaded alone, renamed, with a query.
    const full = await editorRun(`${archived}?v=2`);
    check(
      full.sv.status === 'ready' && full.sv.paths > 0 && full.sv.toggle === 'Visa som tabell',
      'dist/bpl.full.js, alone under another name, draws a chart from a CSV file',
      full.seen,
    );
    check(full.en.status === 'ready' && full.en.toggle === 'Show as table', 'and speaks English', full.seen);
    const scripts = full.fetched.filter((line) => /\.js$/.test(line));
    check(
      scripts.length === 1 && scripts[0] === `200 ${archived}`,
      'fetching no script but itself',
      full.seen,
    );
    check(full.problems.length === 0, 'no console errors (bpl.full.js page)', full.problems.join(' | '));
    check(full.warnings.length === 0, 'and no warnings', full.warnings.join(' | '));
  } finally {
    await browser.close();
    server.close();
  }
  exitCode = failed ? 1 : 0;
} catch (error) {
  console.error(error);
  failed++;
} finally {
  console.log(`consumer: ${passed} passed, ${failed} failed`);
  if (args.has('--keep')) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : exitCode);
