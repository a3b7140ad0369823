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
