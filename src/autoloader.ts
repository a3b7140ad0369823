/**
 * `dist/bpl.js`: the autoloader a web editor loads with `<script type="module" src="…/bpl.js">`. It registers
 * nothing heavy itself: it watches the page for `bpl-*` tags and imports each component's file (beside it, with
 * one shared file for Lit and the core) the first time its tag appears, so a reader pays for what the page
 * shows. The readers (CSV, Excel, PxWeb, Kolada), the English texts and `sync` are fetched, likewise, only
 * when a page needs them. Files are found relative to this file, so the folder may move and this file may be
 * renamed or have a query; the files beside it keep their names.
 *
 * Loading it twice (two addresses, two versions) is harmless: the first autoloader serves the page; a component
 * already registered (by an npm import) is not loaded again. Elements in a shadow root are found once the
 * root is handed to `observe(root)` (or `window.bplAutoloader.observe(root)`).
 */
import { LOADERS } from './components/loaders.js';

interface Autoloader {
  observe(root: Document | DocumentFragment | Element): void;
}
type Page = typeof globalThis & { bplAutoloader?: Autoloader; __bplReaders?: () => Promise<unknown> };
const page = globalThis as Page;

const SELECTOR = [...Object.keys(LOADERS), '[sync]'].join(',');
const started = new Set<string>();
let sync: Promise<unknown> | undefined;
let readers: Promise<unknown> | undefined;

function scan(root: ParentNode): void {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && root.matches(SELECTOR)) found.unshift(root);
  for (const el of found) {
    const tag = el.localName;
    // `sync` groups need their module before or after the members: it joins those already on the page.
    if (tag.startsWith('bpl-') && el.hasAttribute('sync')) sync ??= import('./core/sync.js');
    const load = LOADERS[tag];
    if (!load || started.has(tag) || customElements.get(tag)) continue;
    started.add(tag);
    load().catch((error: unknown) => {
      // A file missing beside bpl.js, or the network down: the next element with the tag tries again.
      started.delete(tag);
      console.warn(`bpl: <${tag}> kunde inte laddas (could not be loaded)`, error);
    });
  }
}

function observe(root: Document | DocumentFragment | Element): void {
  scan(root);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(root, { childList: true, subtree: true });
}

if (typeof document !== 'undefined' && !page.bplAutoloader) {
  page.bplAutoloader = { observe };
  // The readers, from beside this file, for the components' loader (src/core/loader/read.ts).
  page.__bplReaders ??= () =>
    (readers ??= import('./core/adapters/index.js').catch((error: unknown) => {
      readers = undefined;
      throw error;
    }));
  observe(document);
}

/** Finds `bpl-*` elements inside a shadow root (or any root) from now on. */
export function observeRoot(root: Document | DocumentFragment | Element): void {
  page.bplAutoloader?.observe(root);
}
