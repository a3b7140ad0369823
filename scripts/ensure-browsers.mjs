// Makes sure the system's Chromium and Firefox are there before the browser tests run. On a Debian machine
// as root it installs the missing ones (`chromium`, `firefox-esr`); elsewhere it says in one line what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browsers.mjs';

const wanted = (process.env.BPL_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
const packages = { chromium: 'chromium', firefox: 'firefox-esr' };
const missing = wanted.filter((b) => !findBrowser(b));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const names = missing.map((b) => packages[b]).join(' ');
if (!isRoot || !isDebian) {
  console.error(
    `Browser tests need ${missing.join(' and ')}: install ${names} (Debian/Ubuntu: sudo apt-get install ${names}) or set BPL_CHROMIUM / BPL_FIREFOX to their paths.`,
  );
  process.exit(1);
}
console.log(`Installing ${names} with apt-get …`);
execSync('apt-get update -qq', { stdio: 'inherit' });
execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`, { stdio: 'inherit' });
const still = wanted.filter((b) => !findBrowser(b));
if (still.length) {
  console.error(`Still missing after install: ${still.join(', ')}`);
  process.exit(1);
}
