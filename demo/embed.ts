/**
 * The embed page, for CMSs that strip scripts from what an editor pastes: `embed.html?component=trend-chart
 * &src=…&indicator=…&area=…` renders one component and tells the host page its height with
 * `postMessage({ type: 'bpl-embed-height', height }, '*')`, so a two-line script on the host can size the
 * iframe (without it, the iframe keeps the fixed height in the snippet). The first height is sent only once the
 * component has drawn (or shows an error): before that the body is empty or holds the loading placeholder, and
 * reporting those would throw away the snippet's fixed height and make the host page jump twice.
 *
 * Only the component's own declared attributes are taken from the address (read from the element class),
 * never event handler attributes or anything else, so a crafted link cannot run script on this origin.
 */
import '../src/core/adapters/on-demand.js';
import { EMBED_COMPONENTS, EMBED_MESSAGE_TYPE, type EmbedComponent } from './embed-code.js';

const LOADERS: Record<EmbedComponent, () => Promise<unknown>> = {
  'trend-chart': () => import('../src/components/trend-chart/trend-chart.js'),
  'municipality-map': () => import('../src/components/municipality-map/municipality-map.js'),
  'wellbeing-wheel': () => import('../src/components/wellbeing-wheel/wellbeing-wheel.js'),
  'collaboration-diagram': () => import('../src/components/collaboration-diagram/collaboration-diagram.js'),
};

type LitClass = CustomElementConstructor & {
  elementProperties?: Map<PropertyKey, { attribute?: boolean | string }>;
};

/** The attribute names a component declares (Lit's property declarations), `data` and other
 * property-only fields left out. */
export function declaredAttributes(ctor: LitClass): Set<string> {
  const names = new Set<string>();
  for (const [key, options] of ctor.elementProperties ?? []) {
    if (options.attribute === false || typeof key !== 'string') continue;
    names.add(typeof options.attribute === 'string' ? options.attribute : key.toLowerCase());
  }
  return names;
}

let reported = 0;
function report(): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === reported || window.parent === window) return;
  reported = height;
  window.parent.postMessage({ type: EMBED_MESSAGE_TYPE, height }, '*');
}

/** Sends the height now (measured directly: a frame out of view gets no ResizeObserver callbacks until it is
 * scrolled to), then whenever it changes (the table view, a narrower column). */
function follow(): void {
  report();
  new ResizeObserver(report).observe(document.body);
}

function message(text: string): void {
  const p = document.createElement('p');
  p.className = 'embed-message';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.getElementById('embed')!.replaceChildren(p);
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') === 'en' ? 'en' : 'sv';
  document.documentElement.lang = lang;

  const name = params.get('component') ?? '';
  if (!(EMBED_COMPONENTS as readonly string[]).includes(name)) {
    message(
      lang === 'en'
        ? `Unknown component "${name}". Use one of: ${EMBED_COMPONENTS.join(', ')}.`
        : `Okänd komponent ”${name}”. Använd någon av: ${EMBED_COMPONENTS.join(', ')}.`,
    );
    follow();
    return;
  }
  await LOADERS[name as EmbedComponent]();
  const tag = `bpl-${name}`;
  const ctor = customElements.get(tag) as LitClass;
  const allowed = declaredAttributes(ctor);
  const el = document.createElement(tag) as HTMLElement & { whenSettled(): Promise<void> };
  for (const [key, value] of params) if (allowed.has(key)) el.setAttribute(key, value);
  document.getElementById('embed')!.replaceChildren(el);
  // Resolves once the data is read and the chart drawn, or the error box shown (after bpl-load / bpl-error).
  await el.whenSettled();
  follow();
}

void main();
