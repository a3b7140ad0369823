// Optional assets shipped beside the bundle, fetched only when a page asks for them: the boundaries of all
// 290 municipalities (`<bpl-municipality-map geo-src="…/geo/sweden-municipalities.topo.json" county="07">`).
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
mkdirSync(resolve(root, 'dist/geo'), { recursive: true });
for (const file of ['sweden-municipalities.topo.json']) {
  copyFileSync(resolve(root, 'demo/data/geo', file), resolve(root, 'dist/geo', file));
}
copyFileSync(resolve(root, 'src/assets/GEO-SOURCE.md'), resolve(root, 'dist/geo/SOURCE.md'));
