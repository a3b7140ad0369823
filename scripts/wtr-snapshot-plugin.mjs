import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * SVG snapshot tests, after Observable Plot: the browser sends a normalised SVG; the first run writes
 * `test/snapshots/NAME.svg`, later runs compare, and a difference is written beside it as
 * `NAME-changed.svg` for a person to look at. `UPDATE_SNAPSHOTS=1` rewrites them. Snapshots are taken in
 * Chromium only (text metrics differ between engines); in CI a missing snapshot fails.
 */
export function snapshotPlugin({ dir = 'test/snapshots' } = {}) {
  return {
    name: 'bpl-snapshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'bpl-snapshot') return undefined;
      const browser = String(session.browser.name ?? '').toLowerCase();
      if (!browser.includes('chrom')) return { ok: true, skipped: true };
      const file = join(dir, `${payload.name}.svg`);
      const changed = join(dir, `${payload.name}-changed.svg`);
      mkdirSync(dirname(file), { recursive: true });
      if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS === '1') {
        if (!existsSync(file) && process.env.CI) {
          return { ok: false, message: `snapshot ${file} is missing; run the tests locally and commit it` };
        }
        writeFileSync(file, payload.content);
        rmSync(changed, { force: true });
        return { ok: true, created: true };
      }
      const expected = readFileSync(file, 'utf8');
      if (expected === payload.content) {
        rmSync(changed, { force: true });
        return { ok: true };
      }
      writeFileSync(changed, payload.content);
      return { ok: false, message: `${file} differs; the new drawing is in ${changed}` };
    },
  };
}
