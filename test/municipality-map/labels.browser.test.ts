import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/municipality-map/municipality-map.js';
import type { BplMunicipalityMap } from '../../src/components/municipality-map/municipality-map.js';
import { clearRequestCache } from '../../src/core/loader/fetch.js';
import { SEQUENTIAL } from '../../src/core/theme.js';
import { contrast } from '../../src/components/municipality-map/colour.js';
import type { Rgb } from '../../src/components/municipality-map/colour.js';
import { makeDataset } from './fixtures.js';

/**
 * Names on the map: readable on every class colour, theme and palette, and seen so by axe. Each name sits on
 * a plate (its shape's colour, or the page's background); axe must be able to judge every name (pass, not
 * "incomplete") and find no contrast problem.
 */

const SAMPLE = '/demo/data/barn-och-unga.json';

interface AxeNode {
  target: unknown[];
  element?: Element;
}
interface AxeResults {
  violations: { id: string; nodes: AxeNode[] }[];
  passes: { id: string; nodes: AxeNode[] }[];
  incomplete: { id: string; nodes: AxeNode[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

async function mount(
  attrs: Record<string, string>,
  width: number,
  style = '',
  data?: unknown,
): Promise<BplMunicipalityMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.cssText = `width: ${width}px; ${style}`;
  const el = document.createElement('bpl-municipality-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = data;
  else el.setAttribute('src', SAMPLE);
  wrapper.append(el);
  await el.whenSettled();
  await el.updateComplete;
  // The map is redrawn at its measured width in the next frame.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  expect(el.status).to.equal('ready');
  return el;
}

const labels = (el: BplMunicipalityMap) => [
  ...el.shadowRoot!.querySelectorAll<SVGTextElement>('.labels text'),
];
const plateOf = (text: SVGTextElement) => text.previousElementSibling as SVGRectElement;

/** `rgb(…)`/`color(srgb …)` as a computed style gives it, as [r, g, b]. */
function rgbOf(value: string): Rgb {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/.exec(value);
  if (srgb) return [1, 2, 3].map((i) => Number(srgb[i]) * 255) as Rgb;
  const rgb = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (!rgb) throw new Error(`unexpected colour ${value}`);
  expect(rgb[4] === undefined || Number(rgb[4]) === 1, `${value} is opaque`).to.equal(true);
  return [1, 2, 3].map((i) => Number(rgb[i])) as Rgb;
}

/** What a reader sees: every name on an opaque plate that covers it, at 4.5:1 or more. */
function checkPlates(el: BplMunicipalityMap): void {
  const texts = labels(el);
  expect(texts.length, 'some names are drawn').to.be.greaterThan(2);
  for (const text of texts) {
    const plate = plateOf(text);
    expect(plate.localName).to.equal('rect');
    const t = text.getBBox();
    const p = plate.getBBox();
    const name = text.textContent;
    // Covered: the plate reaches past the drawn text on every side (0.5 px rounding).
    expect(t.x, `${name} left`).to.be.at.least(p.x - 0.5);
    expect(t.x + t.width, `${name} right`).to.be.at.most(p.x + p.width + 0.5);
    expect(t.y, `${name} top`).to.be.at.least(p.y - 0.5);
    expect(t.y + t.height, `${name} bottom`).to.be.at.most(p.y + p.height + 0.5);
    const plateStyle = getComputedStyle(plate);
    // The fill readers see is the background contrast checkers read.
    const fill = rgbOf(plateStyle.fill);
    const background = rgbOf(plateStyle.backgroundColor);
    fill.forEach((c, i) => expect(c).to.be.closeTo(background[i]!, 1));
    const ink = rgbOf(getComputedStyle(text).fill);
    expect(contrast(ink, fill), `${name} contrast`).to.be.at.least(4.5);
  }
}

/** What axe sees: no contrast violation anywhere, and every name judged and passed (none left "incomplete",
 * which is what axe says when it cannot tell a name's background). */
async function checkAxe(el: BplMunicipalityMap): Promise<void> {
  await expect(el).to.be.accessible();
  const result = await window.axe.run(el, { runOnly: ['color-contrast'], elementRef: true });
  const where = (n: AxeNode) => `${JSON.stringify(n.target)} ${n.element?.textContent ?? ''}`;
  expect(result.violations.flatMap((v) => v.nodes.map(where))).to.deep.equal([]);
  const passed = new Set(result.passes.flatMap((r) => r.nodes.map((n) => n.element)));
  const names = labels(el);
  expect(
    names.filter((t) => !passed.has(t)).map((t) => t.textContent),
    'names axe did not pass',
  ).to.deep.equal([]);
}

describe('bpl-municipality-map names on the map', () => {
  afterEach(() => clearRequestCache());

  const states: [string, Record<string, string>][] = [
    ['light', { indicator: 'fysisk-aktivitet' }],
    ['dark', { indicator: 'stillasittande', theme: 'dark' }],
    ['color-by="county"', { indicator: 'psykiskt-valbefinnande', 'color-by': 'county' }],
    [
      'color-by="county", dark, English',
      { indicator: 'skolnarvaro', 'color-by': 'county', theme: 'dark', lang: 'en' },
    ],
    ['a municipality without data', { indicator: 'gymnasieexamen-4-ar', period: '2016' }],
  ];
  for (const width of [1000, 400]) {
    for (const [state, attrs] of states) {
      it(`are readable and pass axe's color-contrast at ${width} px: ${state}`, async () => {
        const el = await mount(attrs, width);
        checkPlates(el);
        await checkAxe(el);
      });
    }
  }

  it('stay readable on faded shapes when a legend class filters the map', async () => {
    const el = await mount({ indicator: 'fysisk-aktivitet' }, 1000);
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.legend-items button')].find(
      (b) => Number(b.querySelector('.count')!.textContent!.replace(/\D/g, '')) > 0,
    )!;
    button.click();
    await el.updateComplete;
    const faded = el.shadowRoot!.querySelectorAll('.labels rect.dim');
    expect(faded.length).to.be.greaterThan(0);
    checkPlates(el);
    await checkAxe(el);
  });

  it('hatched shapes’ names sit on plates in the page’s colours', async () => {
    const el = await mount(
      { indicator: 'fysisk-aktivitet' },
      800,
      '',
      makeDataset({ missing: ['0680', '0604'] }),
    );
    const jonkoping = labels(el).find((t) => t.textContent!.startsWith('Jönköping'))!;
    expect(jonkoping.getAttribute('class')).to.equal('on-page');
    expect(plateOf(jonkoping).getAttribute('class')).to.equal('plate n');
    expect(getComputedStyle(plateOf(jonkoping)).fill).to.equal(getComputedStyle(el).backgroundColor);
    checkPlates(el);
    await checkAxe(el);
  });

  it('choose black or white from the page’s own palette, not from the class number', async () => {
    // The default palette: dark steps (6, 7) take white, the rest black.
    const plain = await mount({ indicator: 'fysisk-aktivitet', classes: '7' }, 1000);
    const inkBySlot = (el: BplMunicipalityMap) =>
      new Map(
        labels(el).map((t) => [
          /\bs(\d)\b/.exec(plateOf(t).getAttribute('class')!)![1],
          t.getAttribute('class'),
        ]),
      );
    for (const [slot, ink] of inkBySlot(plain))
      expect(ink).to.equal(Number(slot) >= 6 ? 'on-dark' : 'on-light');
    expect([...inkBySlot(plain).values()]).to.include('on-light');

    // Very dark steps: every name turns white.
    const darkSteps = ['#2b1d3f', '#26193a', '#201535', '#1b1230', '#160e2a', '#110a25', '#0c0620'];
    const dark = await mount(
      { indicator: 'fysisk-aktivitet', classes: '7' },
      1000,
      darkSteps.map((c, i) => `--bpl-color-seq-${i + 1}: ${c};`).join(' '),
    );
    expect(labels(dark).map((t) => t.getAttribute('class'))).to.satisfy((inks: string[]) =>
      inks.every((i) => i === 'on-dark'),
    );
    checkPlates(dark);
    await checkAxe(dark);

    // Very light steps, written as names, hsl() and short hex (read through the browser's own parser).
    const lightSteps = [
      'ivory',
      'hsl(60 100% 95%)',
      '#ffe',
      'lightyellow',
      '#fff8dc',
      'rgb(255 250 205)',
      'snow',
    ];
    const light = await mount(
      { indicator: 'fysisk-aktivitet', classes: '7' },
      1000,
      lightSteps.map((c, i) => `--bpl-color-seq-${i + 1}: ${c};`).join(' '),
    );
    expect(labels(light).every((t) => t.getAttribute('class') === 'on-light')).to.equal(true);
    checkPlates(light);
    await checkAxe(light);
  });

  it('read light-dark() palettes in the element’s own colour scheme', async () => {
    // Light steps in light mode, very dark steps in dark mode: the names follow the theme attribute.
    const dark = ['#2b1d3f', '#26193a', '#201535', '#1b1230', '#160e2a', '#110a25', '#0c0620'];
    const palette = SEQUENTIAL.map((c, i) => `--bpl-color-seq-${i + 1}: light-dark(${c}, ${dark[i]});`).join(
      ' ',
    );
    const light = await mount({ indicator: 'fysisk-aktivitet', classes: '7', theme: 'light' }, 1000, palette);
    expect(new Set(labels(light).map((t) => t.getAttribute('class')))).to.deep.equal(
      new Set(['on-light', 'on-dark']),
    );
    checkPlates(light);
    await checkAxe(light);
    const night = await mount({ indicator: 'fysisk-aktivitet', classes: '7', theme: 'dark' }, 1000, palette);
    expect(labels(night).every((t) => t.getAttribute('class') === 'on-dark')).to.equal(true);
    checkPlates(night);
    await checkAxe(night);
  });

  it('fall back to the page’s colours where a class colour is translucent', async () => {
    // What lies under a translucent colour is not the map's to know: names get neutral plates.
    const el = await mount(
      { indicator: 'fysisk-aktivitet', classes: '7' },
      1000,
      SEQUENTIAL.map((c, i) => `--bpl-color-seq-${i + 1}: ${c}80;`).join(' '),
    );
    expect(el.shadowRoot!.querySelector('path.area')!.getAttribute('class')).to.match(/\bs\d\b/);
    for (const text of labels(el)) {
      expect(plateOf(text).getAttribute('class')).to.equal('plate n');
      expect(text.getAttribute('class')).to.equal('on-page');
    }
    checkPlates(el);
    await checkAxe(el);
  });

  it('keep the names readable in forced-colours mode, where the shapes keep their colours', async function () {
    try {
      await emulateMedia({ forcedColors: 'active' });
    } catch {
      this.skip(); // Media emulation needs CDP: Chromium only.
    }
    try {
      const el = await mount({ indicator: 'psykiskt-valbefinnande', 'color-by': 'county' }, 1000);
      for (const text of labels(el)) {
        const fill = rgbOf(getComputedStyle(plateOf(text)).fill);
        const ink = rgbOf(getComputedStyle(text).fill);
        expect(contrast(ink, fill), `${text.textContent}`).to.be.at.least(4.5);
      }
      // The dark orange end (Gnosjö in the sample data) takes white, as without forced colours.
      expect(labels(el).some((t) => t.getAttribute('class') === 'on-dark')).to.equal(true);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});
