import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import { extractArgTypes, extractComponentDescription } from './arg-types.js';
import '../src/index.js';

setCustomElementsManifest(manifest);

/** A server that never answers, for the timeout stories: a request whose address contains
 * `/svarar-aldrig/` waits until it is aborted (by the component's `timeout`), every time. */
const NEVER_ANSWERS = '/svarar-aldrig/';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!new URL(url, document.baseURI).pathname.includes(NEVER_ANSWERS)) return realFetch(input, init);
  return new Promise<Response>((_, reject) => {
    const signal = init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
};

/** The components take the page's font; a municipality's site has a sans-serif one, the frame's default is serif. */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const DARK = { background: '#16191d', color: '#e8eaed' };
const LIGHT = { background: '#ffffff', color: '#1d2125' };

/**
 * The toolbar's language and theme, in the story canvas and on docs pages alike. Each story sits in a
 * `<div class="bpl-story" lang=…>`: the components take the nearest ancestor's `lang`, and on a docs page that
 * would otherwise be Storybook's `lang="en"`. A language change mounts the story again (the components watch
 * their own `lang` and `<html lang>`, not every ancestor's). The theme reaches the components through their
 * `theme` attribute, which the stories' render function sets from the toolbar unless the story sets its own
 * (`theme="auto"` follows the reader's system, not the page). The wrapper also carries what the story
 * promises (`parameters.bpl.expectError`, `expectSelector`), for scripts/test-stories.mjs.
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const lang = context.globals.lang === 'en' ? 'en' : 'sv';
  const dark = context.globals.theme === 'dark';
  const colours = dark ? DARK : LIGHT;
  const docs = context.viewMode === 'docs';
  if (!docs) {
    document.documentElement.lang = lang;
    document.body.style.background = colours.background;
    // The stories' own text (captions, wrappers) follows the background too.
    document.body.style.color = colours.color;
  }
  const expected = (context.parameters.bpl ?? {}) as { expectError?: string; expectSelector?: string };
  return html`${keyed(
    lang,
    html`<div
      class="bpl-story"
      lang=${lang}
      data-theme=${dark ? 'dark' : 'light'}
      data-expect-error=${expected.expectError ?? nothing}
      data-expect-selector=${expected.expectSelector ?? nothing}
      style=${styleMap({ fontFamily: FONT, ...(docs && { ...colours, padding: '1rem' }) })}
    >
      ${story()}
    </div>`,
  )}`;
};

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Språk / Language',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema / Theme',
      toolbar: {
        title: 'Tema',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Ljust' },
          { value: 'dark', title: 'Mörkt' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', theme: 'light' },
  decorators: [withLanguageAndTheme, withActions],
  parameters: {
    controls: { expanded: true, sort: 'none' },
    docs: { extractArgTypes, extractComponentDescription },
    // The events in the Actions panel.
    actions: { handles: ['bpl-select', 'bpl-load', 'bpl-error'] },
    options: {
      storySort: {
        // Each component's groups in this order, each group's docs page first.
        order: [
          'Introduktion',
          'Komponenter',
          [
            '*',
            [
              'Playground',
              ['Docs', '*'],
              'Options',
              ['Docs', '*'],
              'States',
              ['Docs', '*'],
              'Accessibility',
              ['Docs', '*'],
            ],
          ],
        ],
      },
    },
  },
};
export default preview;
