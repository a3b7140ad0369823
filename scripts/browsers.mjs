import { existsSync } from 'node:fs';

/** Where the system's browsers are. `BPL_CHROMIUM` / `BPL_FIREFOX` override. */
const CANDIDATES = {
  chromium: [
    process.env.BPL_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  firefox: [process.env.BPL_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

export function findBrowser(name) {
  return CANDIDATES[name].find((p) => p && existsSync(p));
}

/** Flags for headless Chromium here: as root it needs --no-sandbox, and without the background-networking
 * flags it keeps trying to reach Google's hosts through the closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
