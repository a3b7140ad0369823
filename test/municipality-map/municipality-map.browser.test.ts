import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/municipality-map/municipality-map.js';
import type { BplMunicipalityMap } from '../../src/components/municipality-map/municipality-map.js';
import { contrast, parseRgb } from '../../src/components/municipality-map/colour.js';
import type { Rgb } from '../../src/components/municipality-map/colour.js';
import { clearRequestCache } from '../../src/core/loader/fetch.js';
import { matchSvgSnapshot } from '../helpers/snapshot.js';
import { makeDataset } from './fixtures.js';

type Options = Parameters<typeof makeDataset>[0];

async function mount(
  attrs: Record<string, string> = {},
  data: unknown = makeDataset(),
  width = 800,
): Promise<BplMunicipalityMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('bpl-municipality-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (!('indicator' in attrs)) el.setAttribute('indicator', 'fysisk-aktivitet');
  el.data = data;
  wrapper.append(el);
  await el.whenSettled();
  await el.updateComplete;
  return el;
}

const data = (options: Options = {}) => makeDataset(options);
const root = (el: BplMunicipalityMap) => el.shadowRoot!;
const paths = (el: BplMunicipalityMap) => [...root(el).querySelectorAll<SVGPathElement>('path.area')];
const path = (el: BplMunicipalityMap, code: string) =>
  root(el).querySelector<SVGPathElement>(`path.area[data-code="${code}"]`)!;
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('bpl-municipality-map', () => {
  afterEach(() => clearRequestCache());

  it('draws the county’s 13 municipalities with the bundled boundaries, a ranked list and a summary', async () => {
    const el = await mount();
    expect(el.status).to.equal('ready');
    expect(paths(el)).to.have.length(13);
    expect(root(el).querySelectorAll('.bars li')).to.have.length(13);
    const summary = root(el).querySelector('.summary')!.textContent!;
    expect(summary).to.match(/Högst värde 2024 har .+ och lägst .+\./);
    expect(summary).to.contain('Region Jönköpings län');
    expect(summary).to.match(/\d+ av 13 kommuner når målet för 2024/);
    // Every shape has a colour class (sequential), an accessible name and is a button.
    for (const p of paths(el)) {
      expect(p.getAttribute('class')).to.match(/\bs[1-7]\b/);
      expect(p.getAttribute('role')).to.equal('button');
      expect(p.getAttribute('aria-label')).to.match(/%/);
    }
    expect(root(el).querySelectorAll('.labels text').length).to.be.greaterThan(5);
    await expect(el).to.be.accessible();
  });

  it('matches the SVG snapshot', async () => {
    const el = await mount({ period: '2022' }, data({ missing: ['0617'] }), 600);
    await matchSvgSnapshot(root(el).querySelector('svg.map'), 'municipality-map-county');
  });

  it('draws municipalities without data hatched and says "uppgift saknas", never as zero', async () => {
    const el = await mount({}, data({ missing: ['0617'] }));
    const gnosjo = path(el, '0617');
    expect(gnosjo.getAttribute('fill')).to.match(/^url\(#bpl-map-\d+-hatch\)$/);
    expect(gnosjo.getAttribute('class')).not.to.match(/\bs[1-7]\b/);
    expect(gnosjo.getAttribute('aria-label')).to.contain('uppgift saknas');
    const last = [...root(el).querySelectorAll('.bars li')].pop()!;
    expect(last.textContent).to.contain('Gnosjö');
    expect(last.textContent).to.contain('uppgift saknas');
    expect(root(el).querySelector('.swatch.missing')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('gives each instance its own pattern id', async () => {
    const a = await mount({}, data({ missing: ['0617'] }));
    const b = await mount({}, data({ missing: ['0617'] }));
    const idA = root(a).querySelector('pattern')!.id;
    const idB = root(b).querySelector('pattern')!.id;
    expect(idA).not.to.equal(idB);
  });

  it('moves between neighbours with the arrow keys, selects with Enter and emits bpl-select', async () => {
    const el = await mount();
    const start = root(el).querySelector<SVGPathElement>('path.area[tabindex="0"]')!;
    expect(root(el).querySelectorAll('path.area[tabindex="0"]')).to.have.length(1);
    start.focus();
    const jonkoping = path(el, '0680');
    jonkoping.focus();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    await frame();
    expect((root(el).activeElement as Element).getAttribute('data-code')).to.equal('0643');
    expect(path(el, '0643').getAttribute('tabindex')).to.equal('0');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'bpl-select');
    expect(event.detail).to.include({ area: '0643', indicator: 'fysisk-aktivitet', period: '2024' });
    await el.updateComplete;
    expect(el.getAttribute('area')).to.equal('0643');
    expect(path(el, '0643').getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.selected-outline')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the focus ring on the shape itself and a tooltip with name, value, rank, difference and goal', async () => {
    const el = await mount();
    path(el, '0680').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    const ring = root(el).querySelector('.focus-ring');
    expect(ring).not.to.equal(null);
    const focused = (root(el).activeElement as Element).getAttribute('data-code')!;
    expect(ring!.getAttribute('d')).to.equal(path(el, focused).getAttribute('d'));
    const tip = root(el).querySelector('.tooltip')!;
    expect(tip.textContent).to.match(/plats \d+ av 13/);
    expect(tip.textContent).to.contain('procentenhet');
    expect(tip.textContent).to.contain('Mål');
    // Placed next to the focused shape's centroid (through CSSOM, no style attribute), inside the map.
    const tipBox = tip.getBoundingClientRect();
    const mapBox = root(el).querySelector('svg.map')!.getBoundingClientRect();
    const shapeBox = path(el, focused).getBoundingClientRect();
    expect(tip.hasAttribute('style')).to.equal(true);
    expect(tipBox.top).to.be.within(shapeBox.top, shapeBox.bottom + 20);
    expect(tipBox.left).to.be.at.least(mapBox.left - 1);
    expect(tipBox.right).to.be.at.most(mapBox.right + 1);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('.tooltip')).to.equal(null);
  });

  for (const mode of ['light', 'dark', 'forced colours']) {
    it(`draws the focus ring in two tones that stand out on every class colour and the page: ${mode}`, async function () {
      if (mode === 'forced colours') {
        try {
          await emulateMedia({ forcedColors: 'active' });
        } catch {
          this.skip(); // Media emulation needs CDP: Chromium only.
        }
      }
      try {
        for (const colorBy of ['value', 'county']) {
          const attrs = { classes: '7', 'color-by': colorBy, area: '0680' };
          const el = await mount(mode === 'dark' ? { ...attrs, theme: 'dark' } : attrs);
          path(el, '0680').focus();
          await sendKeys({ press: 'ArrowDown' });
          await el.updateComplete;
          const style = (selector: string) => getComputedStyle(root(el).querySelector(selector)!);
          // rgb() as computed, or rgba() (forced colours' Highlight is translucent): the colour itself.
          const colour = (value: string) => parseRgb(value.replace(/^rgba\((.+), [\d.]+\)$/, 'rgb($1)'))!;
          const [outer, inner, selected] = ['.focus-ring', '.focus-ring-inner', '.selected-outline'].map(
            (selector) => ({
              colour: colour(style(selector).stroke),
              width: parseFloat(style(selector).strokeWidth),
            }),
          ) as [
            { colour: Rgb; width: number },
            { colour: Rgb; width: number },
            { colour: Rgb; width: number },
          ];
          // Bands of at least 2 px: the inner line, and the outer tone on either side of it.
          expect(inner.width).to.be.at.least(2);
          expect((outer.width - inner.width) / 2).to.be.at.least(2);
          // Two tones 9:1 apart (technique C40): one of them stands out on any colour.
          expect(contrast(outer.colour, inner.colour)).to.be.at.least(9);
          const fills = paths(el)
            .map((p) => parseRgb(getComputedStyle(p).fill))
            .filter((c): c is Rgb => !!c);
          expect(fills.length).to.be.greaterThan(10);
          for (const fill of [...fills, colour(getComputedStyle(el).backgroundColor)]) {
            const best = Math.max(contrast(outer.colour, fill), contrast(inner.colour, fill));
            expect(best, `${colorBy}: ring on ${fill.join(',')}`).to.be.at.least(3);
          }
          // Unlike the selected outline (one line in one colour): wider, with a line the outline does not have.
          expect(outer.width).to.be.at.least(selected.width + 3);
          expect(contrast(inner.colour, selected.colour)).to.be.at.least(3);
        }
      } finally {
        if (mode === 'forced colours') await emulateMedia({ forcedColors: 'none' });
      }
    });
  }

  it('shows a tooltip beside the pointer over a shape', async () => {
    const el = await mount();
    const shape = path(el, '0680').getBoundingClientRect();
    const x = Math.round(shape.left + shape.width / 2);
    const y = Math.round(shape.top + shape.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await el.updateComplete;
    const tip = root(el).querySelector('.tooltip')!;
    expect(tip.textContent).to.contain('Jönköping');
    const box = tip.getBoundingClientRect();
    expect(box.top).to.be.closeTo(y + 12, 2);
    expect(Math.abs(box.left - (x + 12)) < 2 || Math.abs(box.right - (x - 12)) < 2).to.equal(true);
    await resetMouse();
  });

  it('hides the pointer’s tooltip on Escape wherever the focus is, and listens only while it shows', async () => {
    const el = await mount();
    const escape = () => {
      const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    };
    // Its text or null (a failing comparison of elements does not finish serialising).
    const tip = () => root(el).querySelector('.tooltip')?.textContent ?? null;
    const hoverOver = async (code: string) => {
      const box = path(el, code).getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
      });
      await el.updateComplete;
    };
    try {
      // Nothing shown: Escape is the page's.
      expect(escape()).to.equal(false);
      await hoverOver('0680');
      expect(tip()).not.to.equal(null);
      // The focus is on the page, not in the map.
      expect(document.activeElement?.localName).to.equal('body');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tip()).to.equal(null);
      // Hidden: the listener is gone, Escape is the page's again.
      expect(escape()).to.equal(false);
      // Another shape shows it again, and an Escape another part has used up leaves it.
      await hoverOver('0685');
      expect(tip()).to.contain('Vetlanda');
      document.body.addEventListener('keydown', (e) => e.preventDefault(), { once: true });
      expect(escape()).to.equal(true);
      await el.updateComplete;
      expect(tip()).not.to.equal(null);
      expect(escape()).to.equal(true);
      await el.updateComplete;
      expect(tip()).to.equal(null);
      // Leaving the map takes the tooltip and the listener away.
      await hoverOver('0604');
      expect(tip()).not.to.equal(null);
      await sendMouse({ type: 'move', position: [0, 0] });
      await el.updateComplete;
      expect(tip()).to.equal(null);
      expect(escape()).to.equal(false);
    } finally {
      await resetMouse();
    }
  });

  it('selects from outside with the area attribute', async () => {
    const el = await mount({ area: '0685' });
    expect(path(el, '0685').getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.bars button[aria-pressed="true"]')!.textContent).to.contain('Vetlanda');
    el.area = '0604';
    await el.updateComplete;
    expect(path(el, '0604').getAttribute('aria-pressed')).to.equal('true');
    expect(path(el, '0685').getAttribute('aria-pressed')).to.equal('false');
  });

  it('filters by a legend class, from the keyboard too', async () => {
    const el = await mount();
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.legend-items button')];
    const target = buttons.find(
      (b) => Number(b.querySelector('.count')!.textContent!.replace(/\D/g, '')) > 0,
    )!;
    const count = Number(target.querySelector('.count')!.textContent!.replace(/\D/g, ''));
    target.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(target.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelectorAll('.bars li')).to.have.length(count);
    expect(root(el).querySelectorAll('path.area.dim')).to.have.length(13 - count);
    expect(root(el).querySelector('.filter-status')!.textContent).to.contain(`Visar ${count} av 13`);
    await expect(el).to.be.accessible();
    (root(el).querySelector('.filter-status button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.bars li')).to.have.length(13);
  });

  for (const theme of ['light', 'dark']) {
    it(`outlines the municipalities a legend class keeps, against a neutral rest at 3:1 or more: ${theme}`, async () => {
      const el = await mount({ theme });
      // The lightest class with municipalities: its colour alone is close to a faded shape's.
      const button = [...root(el).querySelectorAll<HTMLButtonElement>('.legend-items button')].find(
        (b) => Number(b.querySelector('.count')!.textContent!.replace(/\D/g, '')) > 0,
      )!;
      button.click();
      await el.updateComplete;
      const matching = paths(el).filter((p) => !p.classList.contains('dim'));
      const dimmed = paths(el).filter((p) => p.classList.contains('dim'));
      expect(matching.length).to.be.greaterThan(0);
      expect(dimmed.length).to.be.greaterThan(0);
      // Every match outlined, and only the matches.
      const outlines = [...root(el).querySelectorAll<SVGPathElement>('.matches path')];
      expect(outlines.map((o) => o.getAttribute('d'))).to.deep.equal(
        matching.map((p) => p.getAttribute('d')),
      );
      const outline = getComputedStyle(outlines[0]!);
      expect(parseFloat(outline.strokeWidth)).to.be.at.least(2);
      expect(outline.fill).to.equal('none');
      // The rest share one opaque neutral fill; the matches keep their class colours.
      const fills = new Set(dimmed.map((p) => getComputedStyle(p).fill));
      expect(fills.size).to.equal(1);
      expect(dimmed.every((p) => getComputedStyle(p).fillOpacity === '1')).to.equal(true);
      const [neutral] = fills;
      for (const p of matching) expect(getComputedStyle(p).fill).not.to.equal(neutral);
      expect(contrast(parseRgb(outline.stroke)!, parseRgb(neutral!)!)).to.be.at.least(3);
      // A selected municipality the filter leaves out is dashed, so it is not taken for a match.
      const dash = () => getComputedStyle(root(el).querySelector('.selected-outline')!).strokeDasharray;
      el.area = dimmed[0]!.getAttribute('data-code')!;
      await el.updateComplete;
      expect(dash()).not.to.equal('none');
      el.area = matching[0]!.getAttribute('data-code')!;
      await el.updateComplete;
      expect(dash()).to.equal('none');
      await expect(el).to.be.accessible();
    });
  }

  it('"Visa alla" hands the focus back to the legend class it cleared, not to the page', async () => {
    const el = await mount();
    const legendButton = (index: string) =>
      root(el).querySelector<HTMLButtonElement>(`.legend-items button[data-class="${index}"]`)!;
    const index = [...root(el).querySelectorAll<HTMLButtonElement>('.legend-items button')]
      .find((b) => Number(b.querySelector('.count')!.textContent!.replace(/\D/g, '')) > 0)!
      .getAttribute('data-class')!;
    legendButton(index).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.filter-status button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('.filter-status button')).to.equal(null);
    // (Names, not elements: a failing comparison of elements does not finish serialising.)
    expect(document.activeElement?.localName).to.equal('bpl-municipality-map');
    expect(root(el).activeElement?.getAttribute('data-class')).to.equal(index);
    expect(legendButton(index).getAttribute('aria-pressed')).to.equal('false');
    // The same when the filter goes because the period changes (a linked component) while "Visa alla" has
    // the focus.
    legendButton(index).click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.filter-status button')!.focus();
    el.period = '2021';
    await el.updateComplete;
    expect(root(el).querySelector('.filter-status button')).to.equal(null);
    expect(root(el).activeElement?.closest('.legend-items')).not.to.equal(null);
  });

  it('keeps a filter on "uppgift saknas" named when new data has no missing municipalities', async () => {
    const el = await mount({}, data({ missing: ['0617'] }));
    root(el).querySelector<HTMLButtonElement>('.legend-items button[data-class="-1"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.filter-status')!.textContent).to.contain(
      'Visar 1 av 13 kommuner: uppgift saknas.',
    );
    el.data = data();
    await el.whenSettled();
    expect(root(el).querySelector('.filter-status')!.textContent).to.contain(
      'Visar 0 av 13 kommuner: uppgift saknas.',
    );
  });

  it('switches the list to a table', async () => {
    const el = await mount();
    const [, tableButton] = root(el).querySelectorAll<HTMLButtonElement>('.segmented button');
    tableButton!.click();
    await el.updateComplete;
    expect(el.display).to.equal('table');
    const rows = root(el).querySelectorAll('table tbody tr');
    expect(rows).to.have.length(13);
    expect(root(el).querySelector('table tfoot')!.textContent).to.contain('Riket');
    expect(root(el).querySelector('thead')!.textContent).to.contain('Skillnad mot Region Jönköpings län');
    await expect(el).to.be.accessible();
  });

  it('colours by difference from the county with a diverging scale; polarity decides the good end', async () => {
    const el = await mount({ 'color-by': 'county' });
    for (const p of paths(el)) expect(p.getAttribute('class')).to.match(/\bd[1-7]\b/);
    expect(root(el).querySelector('.legend-title')!.textContent).to.contain(
      'Skillnad mot Region Jönköpings län',
    );
    expect(root(el).querySelector('.legend-items')!.textContent).to.contain('bättre');
    await expect(el).to.be.accessible();
    const lower = await mount({ 'color-by': 'county' }, data({ polarity: 'lower-is-better' }));
    const best = lower.shadowRoot!.querySelector('.bars li')!.textContent!;
    const bestCode = [...lower.shadowRoot!.querySelectorAll<SVGPathElement>('path.area')].find((p) =>
      best.includes(p.getAttribute('aria-label')!.split(',')[0]!),
    )!;
    // The best municipality (lowest value) is on the good (purple, 6–7) side.
    expect(bestCode.getAttribute('class')).to.match(/\bd[67]\b/);
  });

  it('colours by distance from the goal', async () => {
    const el = await mount({ 'color-by': 'goal', period: '2023' });
    expect(root(el).querySelector('.legend-title')!.textContent).to.contain('Avstånd från målet');
    for (const p of paths(el)) expect(p.getAttribute('class')).to.match(/\bd[1-7]\b/);
  });

  it('recolours for a new period without recomputing the paths', async () => {
    const el = await mount({ period: '2020' });
    const before = paths(el).map((p) => p.getAttribute('d'));
    const input = root(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(input.getAttribute('aria-valuetext')).to.equal('2020');
    input.value = '4';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(el.period).to.equal('2024');
    expect(root(el).querySelector('.subtitle')!.textContent).to.contain('2024');
    expect(paths(el).map((p) => p.getAttribute('d'))).to.deep.equal(before);
  });

  it('sends bpl-select with the period when the reader moves the slider, with the selected area', async () => {
    const el = await mount({ period: '2020', area: '0680' });
    const input = root(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    input.value = '2';
    setTimeout(() => input.dispatchEvent(new Event('input', { bubbles: true })));
    const event = await oneEvent(el, 'bpl-select');
    expect(event.detail).to.deep.equal({
      area: '0680',
      indicator: 'fysisk-aktivitet',
      period: '2022',
      group: 'total',
    });
    expect(el.period).to.equal('2022');
    // Setting the attribute from outside sends nothing (no echo in a sync group).
    let sent = 0;
    el.addEventListener('bpl-select', () => sent++);
    el.period = '2023';
    await el.updateComplete;
    expect(sent).to.equal(0);
  });

  it('plays through the periods and pauses', async () => {
    const el = await mount({ period: '2024' });
    const play = root(el).querySelector<HTMLButtonElement>('.slider button')!;
    play.click();
    await el.updateComplete;
    // At the end, play starts from the first period.
    expect(el.period).to.equal('2020');
    expect(play.getAttribute('aria-pressed')).to.equal('true');
    play.click();
    await el.updateComplete;
    expect(play.getAttribute('aria-pressed')).to.equal('false');
  });

  it('names the period in every summary, the first year (without a goal to meet) too', async () => {
    const el = await mount({ period: '2020' });
    for (const period of ['2020', '2021', '2022', '2023', '2024']) {
      el.period = period;
      await el.updateComplete;
      expect(root(el).querySelector('.summary')!.textContent, period).to.match(
        new RegExp(`^Högst värde ${period} har `),
      );
    }
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.whenSettled(); // the English texts are fetched first
    expect(root(el).querySelector('.summary')!.textContent).to.match(/^In 2024, /);
  });

  it('says only the year while the years play, and the whole summary once when they stop', async () => {
    const el = await mount({ period: '2022' });
    const summary = root(el).querySelector<HTMLElement>('.summary')!;
    expect(summary.getAttribute('aria-live')).to.equal('polite');
    // What the live region offers a screen reader: its text, without the parts hidden from them.
    const spoken = (node: Node = summary): string =>
      node instanceof Element && node.getAttribute('aria-hidden') === 'true'
        ? ''
        : node.nodeType === Node.TEXT_NODE
          ? node.textContent!
          : [...node.childNodes].map((child) => spoken(child)).join('');
    const said = () => spoken().replace(/\s+/g, ' ').trim();
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      if (said() !== heard.at(-1)) heard.push(said());
    });
    observer.observe(summary, { childList: true, characterData: true, subtree: true });
    const play = root(el).querySelector<HTMLButtonElement>('.slider button')!;
    play.click();
    await el.updateComplete;
    expect(said()).to.equal('År 2022');
    // On screen, the summary stays.
    expect(summary.textContent).to.contain('Högst värde 2022 har');
    // 2023, then 2024, the last: playback stops there.
    await new Promise((r) => setTimeout(r, 2 * 1400 + 300));
    await el.updateComplete;
    observer.disconnect();
    expect(play.getAttribute('aria-pressed')).to.equal('false');
    expect(heard.slice(0, 2)).to.deep.equal(['År 2022', 'År 2023']);
    expect(heard).to.have.length(3);
    expect(heard[2]).to.match(/^Högst värde 2024 har .+ når målet för 2024\.$/);
    expect(said()).to.equal(summary.textContent!.replace(/\s+/g, ' ').trim());
  });

  it('autoplays where the page has no matchMedia (test DOMs such as jsdom), as before', async () => {
    // Window's operations live on the global object itself (WebIDL [Global]), or on its prototype.
    const owner = Object.hasOwn(window, 'matchMedia') ? window : Window.prototype;
    const descriptor = Object.getOwnPropertyDescriptor(owner, 'matchMedia')!;
    delete (owner as { matchMedia?: unknown }).matchMedia;
    try {
      expect(typeof (globalThis as { matchMedia?: unknown }).matchMedia).to.equal('undefined');
      const el = await mount({ autoplay: '', period: '2022' });
      expect(el.status).to.equal('ready');
      expect(root(el).querySelector('.slider button')!.getAttribute('aria-pressed')).to.equal('true');
    } finally {
      Object.defineProperty(owner, 'matchMedia', descriptor);
    }
  });

  it('reads the group attribute', async () => {
    const input = data();
    const indicator = input.indicators[0]!;
    indicator.data = [
      ...indicator.data,
      ...indicator.data.map((o) => ({
        ...o,
        group: 'girls' as const,
        value: o.value === null ? null : o.value + 3,
      })),
    ];
    const el = await mount({ group: 'girls' }, input);
    expect(root(el).querySelector('.subtitle')!.textContent).to.contain('Flickor');
  });

  it('loads other boundaries with geo-src and filters a county', async () => {
    const codes = ['0760', '0761', '0763', '0764', '0765', '0767', '0780', '0781'];
    const input = makeDataset({ codes });
    const el = await mount(
      { 'geo-src': '/demo/data/geo/sweden-municipalities.topo.json', county: '07' },
      input,
    );
    expect(el.status).to.equal('ready');
    expect(paths(el)).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('with all of Sweden and no county attribute, shows the county of the data’s municipalities', async () => {
    const kronoberg = ['0760', '0761', '0763', '0764', '0765', '0767', '0780', '0781'];
    const el = await mount(
      { 'geo-src': '/demo/data/geo/sweden-municipalities.topo.json' },
      makeDataset({ codes: kronoberg }),
    );
    expect(el.status).to.equal('ready');
    expect(
      paths(el)
        .map((p) => p.getAttribute('data-code'))
        .sort(),
    ).to.deep.equal(kronoberg);
    // county="all": the whole map, the rest without data.
    el.setAttribute('county', 'all');
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(paths(el)).to.have.length(290);
  });

  describe('loading boundaries from geo-src', () => {
    const sweden = '/demo/data/geo/sweden-municipalities.topo.json';
    const realFetch = window.fetch;
    let requests: { url: string; signal: AbortSignal }[] = [];
    beforeEach(() => {
      requests = [];
      // Every request a little late, so that a change or leaving the page comes first.
      window.fetch = (input, init) => {
        requests.push({ url: String(input), signal: init!.signal! });
        return new Promise((r) => setTimeout(r, 50)).then(() => realFetch(input, init));
      };
    });
    afterEach(() => {
      window.fetch = realFetch;
    });

    async function place(geoSrc: string) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const el = document.createElement('bpl-municipality-map');
      el.setAttribute('indicator', 'fysisk-aktivitet');
      el.setAttribute('county', '07');
      el.setAttribute('geo-src', geoSrc);
      el.data = makeDataset({ codes: ['0760', '0761', '0763', '0764', '0765', '0767', '0780', '0781'] });
      const errors: Event[] = [];
      el.addEventListener('bpl-error', (e) => errors.push(e));
      wrapper.append(el);
      await el.updateComplete;
      return { el, wrapper, errors };
    }

    it('aborts the previous request when geo-src changes quickly: the latest wins', async () => {
      const { el, errors } = await place('/demo/data/geo/finns-inte.topo.json');
      expect(requests).to.have.length(1);
      el.geoSrc = sweden;
      await el.updateComplete;
      expect(requests[0]!.signal.aborted).to.equal(true);
      await el.whenSettled();
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(requests.map((r) => r.url.replace(location.origin, ''))).to.deep.equal([
        '/demo/data/geo/finns-inte.topo.json',
        sweden,
      ]);
      expect(el.status).to.equal('ready');
      expect(paths(el)).to.have.length(8);
      expect(errors).to.have.length(0);
    });

    it('aborts when the element leaves the page, and loads again when it comes back', async () => {
      const { el, wrapper } = await place(sweden);
      expect(requests).to.have.length(1);
      el.remove();
      expect(requests[0]!.signal.aborted).to.equal(true);
      wrapper.append(el);
      await el.whenSettled();
      expect(requests).to.have.length(2);
      expect(requests[1]!.signal.aborted).to.equal(false);
      expect(el.status).to.equal('ready');
      expect(paths(el)).to.have.length(8);
    });
  });

  it('draws all 290 municipalities from a geometry object, with the ends of the long list and a button for all', async () => {
    const topology = (await (await fetch('/demo/data/geo/sweden-municipalities.topo.json')).json()) as {
      objects: { municipalities: { geometries: { id: string; properties: { name: string } }[] } };
    };
    const munis = topology.objects.municipalities.geometries;
    const codes = munis.map((g) => g.id);
    const input = makeDataset({ codes, periods: ['2023', '2024'] });
    input.areas = munis.map((g) => ({ code: g.id, name: g.properties.name, level: 'municipality' as const }));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('bpl-municipality-map');
    el.setAttribute('indicator', 'fysisk-aktivitet');
    el.geometry = topology;
    el.data = input;
    wrapper.append(el);
    await el.whenSettled();
    expect(paths(el)).to.have.length(290);
    expect(root(el).querySelectorAll('.bars li:not(.more)')).to.have.length(20);
    expect(root(el).querySelector('.bars .more')!.textContent).to.contain('270 kommuner till');
    const more = root(el).querySelector<HTMLButtonElement>('.more-button')!;
    expect(more.textContent).to.contain('Visa alla 290');
    more.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.bars li')).to.have.length(290);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    // No county value across all of Sweden: Riket is the only reference.
    expect(root(el).querySelector('.refs')!.textContent).to.contain('Riket');
    await expect(el).to.be.accessible();
  });

  it('is accessible in English and dark mode', async () => {
    const en = await mount({ lang: 'en' });
    expect(root(en).querySelector('.summary')!.textContent).to.match(/^In 2024, .+ has the highest value/);
    expect(root(en).querySelector('.heading')!.textContent).to.contain('Physically active');
    await expect(en).to.be.accessible();
    const dark = await mount({ theme: 'dark' });
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(dark).to.be.accessible();
  });

  it('writes the percent sign of legend classes as each language does ("5–10 %", "5–10%")', async () => {
    const legend = (el: BplMunicipalityMap) =>
      [...root(el).querySelectorAll('.legend-items button:not([data-class="-1"]) span:nth-of-type(2)')].map(
        (span) => span.textContent!.trim(),
      );
    const sv = legend(await mount());
    expect(sv.length).to.be.greaterThan(0);
    for (const text of sv) expect(text).to.match(/^\d+(,\d+)?(–\d+(,\d+)?)?\u00a0%$/);
    const en = legend(await mount({ lang: 'en' }));
    expect(en.length).to.equal(sv.length);
    for (const text of en) expect(text).to.match(/^\d+(\.\d+)?(–\d+(\.\d+)?)?%$/);
  });

  it('follows a change of language, names and titles included', async () => {
    const el = await mount();
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(root(el).querySelector('.heading')!.textContent).to.contain('Physically active');
    expect(root(el).querySelector('.summary')!.textContent).to.contain('Jönköping County');
  });

  it('puts the list under the map below about 480 px and resizes the map with its container', async () => {
    const el = await mount({}, makeDataset(), 360);
    await frame();
    await el.updateComplete;
    const svg = root(el).querySelector('svg.map')!;
    const list = root(el).querySelector('.list')!;
    expect(list.getBoundingClientRect().top).to.be.greaterThan(svg.getBoundingClientRect().bottom - 1);
    expect(Number(svg.getAttribute('width'))).to.be.within(340, 360);
    (el.parentElement as HTMLElement).style.width = '900px';
    await frame();
    await frame();
    await el.updateComplete;
    const wide = Number(svg.getAttribute('width'));
    expect(wide).to.be.greaterThan(400);
    expect(list.getBoundingClientRect().left).to.be.greaterThan(svg.getBoundingClientRect().right - 1);
  });

  describe('bad input', () => {
    async function failing(attrs: Record<string, string>, input: unknown = makeDataset()) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const el = document.createElement('bpl-municipality-map');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.data = input;
      const error = oneEvent(el, 'bpl-error');
      wrapper.append(el);
      const event = await error;
      await el.whenSettled();
      expect(root(el).querySelector('[role="alert"]')).not.to.equal(null);
      return { el, detail: event.detail };
    }

    it('a period with no data', async () => {
      const { el, detail } = await failing({ indicator: 'fysisk-aktivitet', period: '2030' });
      expect(detail.code).to.equal('no-data');
      expect(detail.message).to.contain('2030');
      await expect(el).to.be.accessible();
    });

    it('geometry that fails to load', async () => {
      const { detail } = await failing({
        indicator: 'fysisk-aktivitet',
        'geo-src': '/demo/data/geo/finns-inte.topo.json',
      });
      expect(detail.code).to.equal('geometry');
      expect(detail.message).to.contain('finns-inte');
    });

    it('a geo-src that is not a URL', async () => {
      const { detail } = await failing({ indicator: 'fysisk-aktivitet', 'geo-src': 'http://[' });
      expect(detail.code).to.equal('geometry');
    });

    it('geometry that does not parse', async () => {
      const { detail } = await failing({ indicator: 'fysisk-aktivitet', 'geo-src': '/package.json' });
      expect(detail.code).to.equal('geometry');
    });

    it('codes that match nothing', async () => {
      const { detail } = await failing({
        indicator: 'fysisk-aktivitet',
        'geo-src': '/demo/data/geo/sweden-municipalities.topo.json',
        county: '07',
      });
      expect(detail.code).to.equal('geometry');
    });

    it('a county with no municipalities, a bad county, bad classes and color-by', async () => {
      expect((await failing({ indicator: 'fysisk-aktivitet', county: '99' })).detail.code).to.equal(
        'geometry',
      );
      expect(
        (await failing({ indicator: 'fysisk-aktivitet', county: 'Kronoberg' })).detail.params.attribute,
      ).to.equal('county');
      expect(
        (await failing({ indicator: 'fysisk-aktivitet', classes: '12' })).detail.params.attribute,
      ).to.equal('classes');
      expect(
        (await failing({ indicator: 'fysisk-aktivitet', 'color-by': 'rainbow' })).detail.params.attribute,
      ).to.equal('color-by');
    });

    it('an unknown indicator, area and a schema error', async () => {
      expect((await failing({ indicator: 'nope' })).detail.code).to.equal('unknown-indicator');
      expect((await failing({ indicator: 'fysisk-aktivitet', area: '0760' })).detail.code).to.equal(
        'unknown-area',
      );
      expect((await failing({ indicator: 'x' }, { meta: {}, indicators: 'no' })).detail.code).to.equal(
        'schema',
      );
    });
  });
});
