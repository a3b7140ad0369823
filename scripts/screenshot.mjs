// Takes a PNG of a page in headless Chromium, to look at what a component draws.
// node scripts/screenshot.mjs URL OUT.png [--width=800] [--height=600] [--dark] [--full] [--selector=css]
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findBrowser } from './browsers.mjs';

const [url, out] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flag = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}`));
  if (!hit) return fallback;
  const eq = hit.indexOf('=');
  return eq < 0 ? true : hit.slice(eq + 1);
};
if (!url || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs URL OUT.png [--width=800] [--height=600] [--dark] [--full] [--selector=css] [--reduced-motion] [--forced-colors]',
  );
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: Number(flag('width', 800)), height: Number(flag('height', 600)) },
  colorScheme: flag('dark', false) ? 'dark' : 'light',
  reducedMotion: flag('reduced-motion', false) ? 'reduce' : 'no-preference',
  forcedColors: flag('forced-colors', false) ? 'active' : 'none',
});
page.on(
  'console',
  (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${m.type()}] ${m.text()}`),
);
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(Number(flag('wait', 500)));
const selector = flag('selector', undefined);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: !!flag('full', false) });
await browser.close();
console.log(out);
