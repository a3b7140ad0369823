import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { downloadPng, downloadSvg, fileName, saveBlob } from './download.js';
import type { CoreStrings } from './i18n/sv.js';

/**
 * The downloads menu every component with a drawing shares (in the toolbar, `BplElement.renderToolbar`).
 * It lives beside the base element rather than on it, so a component without downloads (and the core's own
 * file) does not carry it.
 */

/** What the downloads menu offers: the data, and the drawing as an image. */
export type DownloadKind = 'csv' | 'svg' | 'png';

const DOWNLOADS = [
  ['csv', 'downloadCsv'],
  ['svg', 'downloadSvg'],
  ['png', 'downloadPng'],
] as const;

/** Closes the menu and gives the focus back to its summary (the chosen button disappears with the menu). */
function closeMenu(menu: HTMLDetailsElement): void {
  menu.open = false;
  menu.querySelector('summary')!.focus();
}

function onMenuKey(event: KeyboardEvent): void {
  const menu = event.currentTarget as HTMLDetailsElement;
  if (event.key === 'Escape' && menu.open) {
    // Escape closes the menu only, not a modal <dialog> (or anything else) around the component.
    event.preventDefault();
    event.stopPropagation();
    closeMenu(menu);
  }
}

/** The focus moved from the open menu to something else (Tab past its last choice, a click on another
 * control): the menu closes, so its panel does not cover what the reader moved on to. Focus going nowhere
 * (a click on plain text, or on a choice in browsers that do not focus buttons) leaves it open. */
function onMenuFocusOut(event: FocusEvent): void {
  const menu = event.currentTarget as HTMLDetailsElement;
  const to = event.relatedTarget as Node | null;
  if (to && !menu.contains(to)) menu.open = false;
}

/**
 * The downloads menu: a `<details class="downloads">` whose summary says "Ladda ner", with the data as CSV
 * and, when the drawing is shown (`images`), the drawing as SVG and PNG (`button[value=csv|svg|png]`). A
 * choice (or Escape) closes the menu and returns the focus to its summary; the focus leaving the menu closes
 * it too. `save` gets the kind. `t` is the element's `this.localize.t`. Needs `menuStyles`.
 */
export function downloadsMenu(
  t: CoreStrings,
  images: boolean,
  save: (kind: DownloadKind) => void,
): TemplateResult {
  return html`<details class="downloads" part="downloads" @keydown=${onMenuKey} @focusout=${onMenuFocusOut}>
    <summary class="button">${t.download}</summary>
    <div class="menu">
      ${DOWNLOADS.slice(0, images ? 3 : 1).map(
        ([kind, label]) =>
          html`<button
            type="button"
            value=${kind}
            @click=${(event: Event) => {
              closeMenu((event.currentTarget as Element).closest('details')!);
              save(kind);
            }}
          >
            ${t[label]}
          </button>`,
      )}
    </div>
  </details>`;
}

/**
 * Saves what a choice in the menu asks for, the one way every component does it: the data (`csv()`, made only
 * when asked for) or the drawing (`svg`) as SVG or PNG, in a file named after `title` (`fileName`).
 */
export function saveDownload(
  kind: DownloadKind,
  title: string,
  csv: () => string,
  svg: SVGSVGElement | null | undefined,
): void {
  const name = fileName(title, kind);
  if (kind === 'csv') saveBlob(new Blob([csv()], { type: 'text/csv;charset=utf-8' }), name);
  else if (svg) void (kind === 'svg' ? downloadSvg : downloadPng)(svg, name);
}

/** The menu's look: the summary a button (its disclosure marker shows whether the menu is open), the choices
 * in a panel over the content below. */
export const menuStyles = css`
  .downloads {
    position: relative;
  }
  .menu {
    position: absolute;
    z-index: 3;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-top: 0.25rem;
    padding: 0.4rem;
    min-width: 10rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
