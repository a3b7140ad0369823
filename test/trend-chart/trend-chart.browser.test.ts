import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/trend-chart/trend-chart.js';
import type { BplTrendChart } from '../../src/components/trend-chart/trend-chart.component.js';
import { makeInput } from './fixtures.js';
import { matchSvgSnapshot } from '../helpers/snapshot.js';

type Input = ReturnType<typeof makeInput>;

async function chart(data: unknown, attrs: Record<string, string> = {}, width = 720): Promise<BplTrendChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('bpl-trend-chart') as BplTrendChart;
  for (const [k, v] of Object.entries({ indicator: 'gymnasiebehorighet', area: '0683', ...attrs }))
    el.setAttribute(k, v);
  el.data = data;
  wrapper.append(el);
  await el.whenSettled();
  await nextFrame();
  await el.updateComplete;
  return el;
}

/** Media emulation needs CDP: Chromium only. Returns false where the browser cannot emulate. */
async function media(settings: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(settings);
    return true;
  } catch {
    return false;
  }
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const $ = <T extends Element = Element>(el: BplTrendChart, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: BplTrendChart, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (el: BplTrendChart, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function withData(data: Input['indicators'][0]['data'], over: Partial<Input['indicators'][0]> = {}): Input {
  const input = makeInput();
  input.indicators[0] = { ...input.indicators[0]!, data, ...over };
  return input;
}

describe('bpl-trend-chart', () => {
  afterEach(async () => {
    await media({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('draws the area, its county and Riket with the goal path, and says the status in words', async () => {
    const el = await chart(makeInput());
    expect(el.status).to.equal('ready');
    expect(text(el, '[part=heading]')).to.equal('Behöriga till gymnasiet');
    expect($(el, '[part=heading]')!.getAttribute('aria-level')).to.equal('2');
    expect(text(el, '.subtitle')).to.equal('Värnamo jämfört med Region Jönköpings län och Riket');
    expect($$(el, 'path.line')).to.have.length(3);
    expect($$(el, 'path.line.main')).to.have.length(1);
    expect($(el, 'path.goal')!.getAttribute('stroke-dasharray')).to.equal('5 4');
    expect(text(el, '.goal-status')).to.contain('Värnamo 2024: Efter målet med 14,4 procentenheter');
    expect($$(el, '.end-label').map((g) => g.textContent!.trim())).to.have.members([
      'Värnamo',
      'Region Jönköpings län',
      'Riket',
      'Mål',
    ]);
    expect(text(el, '.axis-title')).to.equal('Procent (%)');
    expect($$(el, '.y-axis text')[0]!.textContent).to.equal('0');
    expect(text(el, '.source')).to.contain('Källa: Skolverket');
    expect($(el, '.source a')!.getAttribute('href')).to.equal('https://www.skolverket.se/');
    await expect(el).to.be.accessible();
  });

  it('matches its SVG snapshot', async () => {
    const el = await chart(makeInput());
    await matchSvgSnapshot($(el, 'svg.chart-svg'), 'trend-chart-basic');
    const split = await chart(makeInput(), { group: 'split' });
    await matchSvgSnapshot($(split, 'svg.chart-svg'), 'trend-chart-split');
    const gaps = await chart(
      withData([
        { area: '0683', period: '2015', value: 70, ci: [66, 74] },
        { area: '0683', period: '2016', value: 72, ci: [68, 76] },
        { area: '0683', period: '2017', value: null, status: 'suppressed' },
        { area: '0683', period: '2018', value: 75, ci: [71, 79] },
        { area: '0683', period: '2019/20', value: 76, status: 'preliminary' },
        { area: '0000', period: '2015', value: 73 },
        { area: '0000', period: '2019/20', value: 74 },
      ]),
    );
    await matchSvgSnapshot($(gaps, 'svg.chart-svg'), 'trend-chart-gaps');
  });

  it('uses heading, subtitle, source-text and heading-level attributes', async () => {
    const el = await chart(makeInput(), {
      heading: 'Egen rubrik',
      subtitle: 'Egen underrubrik',
      'source-text': 'Egen källa',
      'heading-level': '4',
    });
    expect(text(el, '[part=heading]')).to.equal('Egen rubrik');
    expect($(el, '[part=heading]')!.getAttribute('aria-level')).to.equal('4');
    expect(text(el, '.subtitle')).to.equal('Egen underrubrik');
    expect(text(el, '.source a')).to.equal('Egen källa');
  });

  it('follows compare, group, from and to', async () => {
    const el = await chart(makeInput(), { compare: 'none' });
    expect($$(el, 'path.line')).to.have.length(1);
    el.setAttribute('compare', '0000');
    await el.updateComplete;
    expect($$(el, 'g.series').map((g) => g.getAttribute('data-key'))).to.have.members([
      '0683|total',
      '0000|total',
    ]);
    el.setAttribute('group', 'girls');
    await el.updateComplete;
    expect($$(el, 'g.series').map((g) => g.getAttribute('data-key'))).to.include('0683|girls');
    el.setAttribute('group', 'split');
    await el.updateComplete;
    expect($$(el, 'g.series').map((g) => g.getAttribute('data-key'))).to.have.members([
      '0683|girls',
      '0683|boys',
    ]);
    expect($$(el, '.goal-status')).to.have.length(2);
    el.setAttribute('group', 'total');
    el.setAttribute('from', '2018');
    el.setAttribute('to', '2020');
    await el.updateComplete;
    expect($$(el, '.x-axis text').map((t) => t.textContent)).to.deep.equal(['2018', '2019', '2020']);
  });

  it('leaves gaps for missing and suppressed values, marks preliminary ones and draws intervals', async () => {
    const el = await chart(
      withData([
        { area: '0683', period: '2015', value: 70, ci: [66, 74] },
        { area: '0683', period: '2016', value: 72, ci: [68, 76] },
        { area: '0683', period: '2017', value: null, status: 'suppressed' },
        { area: '0683', period: '2018', value: 75 },
        { area: '0683', period: '2019', value: 76, status: 'preliminary' },
      ]),
    );
    const d = $(el, 'path.line.main')!.getAttribute('d')!;
    expect(d.match(/M/g)).to.have.length(2);
    expect($$(el, 'path.marker.hollow')).to.have.length(1);
    expect($(el, 'path.band')).not.to.equal(null);
    expect(text(el, '.footnotes')).to.contain('Avbrott i en linje');
    expect(text(el, '.footnotes')).to.contain('preliminärt');
    expect(text(el, '.footnotes')).to.contain('konfidensintervall');
  });

  it('switches to a table with the goal, and back', async () => {
    const el = await chart(makeInput());
    ($(el, 'button.view-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('table');
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(10);
    expect($$(el, 'thead th').map((t) => t.textContent!.trim())).to.deep.equal([
      'Period',
      'Värnamo',
      'Region Jönköpings län',
      'Riket',
      'Mål, Värnamo',
    ]);
    expect(rows[9]!.textContent!.replace(/\s+/g, ' ')).to.contain('82,1');
    await expect(el).to.be.accessible();
    ($(el, 'button.view-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, 'svg.chart-svg')).not.to.equal(null);
  });

  it('starts in the table with view="table" and rejects other views', async () => {
    const el = await chart(makeInput(), { view: 'table' });
    expect($(el, 'table')).not.to.equal(null);
    const bad = await chart(makeInput(), { view: 'pie' });
    expect(text(bad, '[role=alert]')).to.contain('view');
    // Removing the attribute (as a page or the builder does when it resets attributes) is the default view.
    el.removeAttribute('view');
    await el.whenSettled();
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect($(el, 'svg.chart-svg')).not.to.equal(null);
  });

  it('shows a generated summary on request, always available to screen readers', async () => {
    const el = await chart(makeInput());
    const summary = $(el, '#summary')!;
    expect(summary.classList.contains('visually-hidden')).to.equal(true);
    expect(summary.textContent).to.contain(
      'Behöriga till gymnasiet i Värnamo ökade från 78,5\u00a0% 2015 till 82,1\u00a0% 2024.',
    );
    expect(summary.textContent).to.contain(
      'Målet för 2024 var 96,5\u00a0%; Värnamo ligger 14,4 procentenheter efter.',
    );
    expect($(el, '.plot')!.getAttribute('aria-describedby')).to.equal('summary');
    const button = $(el, 'button.toggle-summary') as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(summary.classList.contains('visually-hidden')).to.equal(false);
  });

  it('speaks English on English pages', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width:720px"></div>`);
    const el = document.createElement('bpl-trend-chart') as BplTrendChart;
    el.setAttribute('indicator', 'gymnasiebehorighet');
    el.setAttribute('area', '0683');
    el.data = makeInput();
    wrapper.append(el);
    await el.whenSettled();
    expect(text(el, '[part=heading]')).to.equal('Eligible for upper-secondary school');
    expect(text(el, '.subtitle')).to.equal('Värnamo compared with Jönköping County and Sweden');
    expect(text(el, '#summary')).to.contain('increased from 78.5% in 2015 to 82.1% in 2024');
    expect(text(el, '.goal-status')).to.contain('Behind the goal by 14.4 percentage points');
    await expect(el).to.be.accessible();
  });

  it('moves between periods and series with the keyboard, shows a tooltip and closes it with Escape', async () => {
    const el = await chart(makeInput());
    const before = document.createElement('button');
    before.textContent = 'före';
    el.parentElement!.prepend(before);
    before.focus();
    // Tab past the toolbar (toggle view, summary, downloads) into the chart.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.classList.contains('plot')).to.equal(true);
    await el.updateComplete;
    let tip = text(el, '.tooltip');
    expect(tip).to.contain('Värnamo');
    expect(tip).to.contain('2024: 82,1');
    expect(tip).to.contain('+0,4 procentenheter sedan 2023');
    expect(tip).to.contain('Mål 2024: 96,5');
    expect($(el, 'circle.focus-ring')).not.to.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('2023: 81,7');
    expect(text(el, '[aria-live]')).to.contain('2023: 81,7');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('2015: 78,5');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('Region Jönköpings län');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('Riket');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('Region Jönköpings län');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    tip = text(el, '.tooltip');
    expect(tip).to.contain('2024');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '.tooltip')).to.equal(null);
    const selected = oneEvent(el, 'bpl-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.include({
      area: '0006',
      period: '2024',
      indicator: 'gymnasiebehorighet',
      group: 'total',
      comparison: true,
    });
  });

  it('shows the tooltip on hover and sends bpl-select on click', async () => {
    const el = await chart(makeInput(), { compare: 'none' });
    const svgEl = $(el, 'svg.chart-svg')!;
    // The fourth point of the line (2018), from its path, in page coordinates.
    const points = [
      ...$(el, 'path.line.main')!
        .getAttribute('d')!
        .matchAll(/[ML]([\d.]+),([\d.]+)/g),
    ];
    const rect = svgEl.getBoundingClientRect();
    const at: [number, number] = [
      Math.round(rect.left + Number(points[3]![1])),
      Math.round(rect.top + Number(points[3]![2])),
    ];
    await sendMouse({ type: 'move', position: at });
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('2018');
    const selected = oneEvent(el, 'bpl-select');
    await sendMouse({ type: 'click', position: at });
    const detail = (await selected).detail;
    expect(detail).to.deep.include({ area: '0683', period: '2018' });
    expect(detail.comparison, 'the chart’s own line is no comparison').to.equal(undefined);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('reports a missing value in the tooltip', async () => {
    const el = await chart(
      withData([
        { area: '0683', period: '2015', value: 70 },
        { area: '0683', period: '2016', value: null, status: 'suppressed' },
        { area: '0683', period: '2017', value: 72 },
      ]),
    );
    ($(el, '.plot') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('2016: dold (för få svarande)');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(el, '.tooltip')).to.contain('+2,0 procentenheter sedan 2015');
  });

  it('gives the tooltip room beside, above or below the point, inside the chart and never over it', async () => {
    // At 320 px and with girls and boys at 1280 px the tooltip of the latest point was squeezed into the
    // space right of the point (87 px, words broken letter by letter) and rose over the toolbar.
    const cases: [Record<string, string>, number][] = [
      [{}, 320],
      [{ group: 'split' }, 1280],
      [{}, 720],
    ];
    for (const [attrs, width] of cases) {
      const el = await chart(makeInput(), attrs, width);
      ($(el, '.plot') as HTMLElement).focus();
      for (const key of ['End', 'ArrowDown', 'Home', 'ArrowRight', 'ArrowRight', 'ArrowRight']) {
        await sendKeys({ press: key });
        await el.updateComplete;
        const where = `${width} px ${JSON.stringify(attrs)} after ${key}`;
        const tip = $<HTMLElement>(el, '.tooltip')!;
        const box = tip.getBoundingClientRect();
        const plot = $(el, '.plot')!.getBoundingClientRect();
        const ring = $(el, 'circle.focus-ring')!.getBoundingClientRect();
        // As wide as its text, up to 16rem: a line wraps only at that width.
        const wraps = [...tip.querySelectorAll('p')].some((p) => {
          const range = document.createRange();
          range.selectNodeContents(p);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        });
        if (wraps) expect(box.width, where).to.be.above(250);
        else expect(box.width, where).to.be.above(100);
        expect(box.left, where).to.be.at.least(plot.left - 0.5);
        expect(box.right, where).to.be.at.most(plot.right + 0.5);
        expect(box.top, where).to.be.at.least(plot.top - 0.5);
        const covers =
          box.left < ring.right && ring.left < box.right && box.top < ring.bottom && ring.top < box.bottom;
        expect(covers, where).to.equal(false);
        // The name ("Värnamo, flickor") is one line: no word is broken for want of width.
        expect(tip.querySelector('strong')!.getClientRects(), where).to.have.length(1);
        expect(getComputedStyle(tip).overflowWrap, where).not.to.equal('anywhere');
      }
    }
  });

  it('closes a hover tooltip with Escape, without the focus in the chart', async () => {
    const el = await chart(makeInput(), { compare: 'none' });
    const rect = $(el, 'svg.chart-svg')!.getBoundingClientRect();
    const points = [
      ...$(el, 'path.line.main')!
        .getAttribute('d')!
        .matchAll(/[ML]([\d.]+),([\d.]+)/g),
    ];
    const at = (i: number, dx = 0): [number, number] => [
      Math.round(rect.left + Number(points[i]![1]) + dx),
      Math.round(rect.top + Number(points[i]![2])),
    ];
    // Booleans: a failing check on the element itself would make the runner serialise the DOM.
    const shown = () => $(el, '.tooltip') !== null;
    const escape = () => {
      const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    };
    try {
      await sendMouse({ type: 'move', position: at(3) });
      await el.updateComplete;
      expect(text(el, '.tooltip')).to.contain('2018');
      expect(el.shadowRoot!.activeElement).to.equal(null);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shown()).to.equal(false);
      // A small move over the same point keeps it closed; the next point shows its own.
      await sendMouse({ type: 'move', position: at(3, 1) });
      await el.updateComplete;
      expect(shown()).to.equal(false);
      await sendMouse({ type: 'move', position: at(4) });
      await el.updateComplete;
      expect(text(el, '.tooltip')).to.contain('2019');
      expect(escape()).to.equal(true);
      await el.updateComplete;
      expect(shown()).to.equal(false);
      // The listener goes with the tooltip: with none shown, Escape is left to the page.
      await sendMouse({ type: 'move', position: at(5) });
      await el.updateComplete;
      expect(shown()).to.equal(true);
      await sendMouse({ type: 'move', position: [0, 0] });
      await el.updateComplete;
      expect(shown()).to.equal(false);
      expect(escape()).to.equal(false);
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });

  it('keeps the table caption within the width on screen at 320 px', async () => {
    const el = await chart(makeInput(), { view: 'table' }, 320);
    const caption = $<HTMLElement>(el, '#caption')!;
    expect(caption.textContent!.trim()).to.equal('Behöriga till gymnasiet');
    expect(caption.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    // The table still scrolls sideways on its own, and the title names it.
    const wrap = $<HTMLElement>(el, '.table-wrap')!;
    expect(wrap.scrollWidth).to.be.above(wrap.clientWidth);
    expect(wrap.contains(caption)).to.equal(false);
    expect($(el, 'table')!.getAttribute('aria-labelledby')).to.equal('caption');
    await expect(el).to.be.accessible();
  });

  it('downloads the data as CSV and the chart as SVG', async () => {
    const el = await chart(makeInput());
    const saved: { name: string; href: string }[] = [];
    const grab = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a instanceof HTMLAnchorElement && a.download) {
        e.preventDefault();
        saved.push({ name: a.download, href: a.href });
      }
    };
    document.addEventListener('click', grab, true);
    try {
      const csv = el.csv();
      expect(csv.split('\r\n')[0]).to.equal(
        '\uFEFFOmråde,Områdeskod,Grupp,Period,Värde,Status,"Konfidensintervall, nedre","Konfidensintervall, övre",Mål',
      );
      expect(csv).to.contain('Värnamo,0683,Totalt,2024,82.1');
      ($(el, 'button[value=csv]') as HTMLButtonElement).click();
      ($(el, 'button[value=svg]') as HTMLButtonElement).click();
      expect(saved.map((s) => s.name)).to.deep.equal([
        'behoriga-till-gymnasiet-varnamo.csv',
        'behoriga-till-gymnasiet-varnamo.svg',
      ]);
      const svgText = await (await fetch(saved[1]!.href)).text();
      expect(svgText).to.contain('<svg');
      expect(svgText).to.contain('Värnamo');
    } finally {
      document.removeEventListener('click', grab, true);
    }
  });

  it('resizes with its container without overlapping labels, down to 280 px', async () => {
    const el = await chart(makeInput(), {}, 900);
    const wrapper = el.parentElement!;
    for (const width of [900, 600, 450, 280]) {
      wrapper.style.width = `${width}px`;
      await nextFrame();
      await el.updateComplete;
      const svgEl = $(el, 'svg.chart-svg')!;
      expect(Number(svgEl.getAttribute('width'))).to.equal(width);
      const texts = $$(el, '.end-label text, .x-axis text, .y-axis text');
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap =
            a.left < b.right - 0.5 &&
            b.left < a.right - 0.5 &&
            a.top < b.bottom - 0.5 &&
            b.top < a.bottom - 0.5;
          expect(
            overlap,
            `labels overlap at ${width}px: ${texts[i]!.textContent} ${JSON.stringify(a)} / ${texts[j]!.textContent} ${JSON.stringify(b)}`,
          ).to.equal(false);
        }
      const host = el.getBoundingClientRect();
      for (const t of $$(el, '.end-label text, .tick'))
        expect(t.getBoundingClientRect().right).to.be.at.most(host.right + 1);
      if (width < 440) expect($(el, '.legend')).not.to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('draws at its own width where there is no ResizeObserver (test DOMs, server rendering)', async () => {
    const saved = window.ResizeObserver;
    (window as { ResizeObserver?: unknown }).ResizeObserver = undefined;
    try {
      const el = await chart(makeInput(), {}, 500);
      expect(el.status).to.equal('ready');
      expect($(el, 'svg.chart-svg')!.getAttribute('viewBox')).to.match(/^0 0 500 /);
      el.remove();
    } finally {
      window.ResizeObserver = saved;
    }
  });

  it('keeps a stable height while loading', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('bpl-trend-chart') as BplTrendChart;
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      el.src = '/slow.json';
      wrapper.append(el);
      await el.updateComplete;
      await nextFrame();
      expect(el.status).to.equal('loading');
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(el, '[part=loading]')).to.equal('Laddar data …');
      expect(el.getBoundingClientRect().height).to.be.at.least(300);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
      window.fetch = realFetch;
    }
  });

  it('keeps the chart on screen, marked busy, while new data is read, then updates it in place', async () => {
    const el = await chart(makeInput());
    const svgBefore = $(el, 'svg.chart-svg');
    const lineBefore = $(el, 'path.line.main')!.getAttribute('d');
    const next = makeInput();
    next.indicators[0]!.data = next.indicators[0]!.data.map((o) =>
      o.area === '0683' && o.value !== null ? { ...o, value: (o.value as number) - 10 } : o,
    );
    el.data = next;
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part=loading]')).to.equal(null);
    expect($(el, 'svg.chart-svg')).to.equal(svgBefore);
    await el.whenSettled();
    expect(el.status).to.equal('ready');
    expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('false');
    expect($(el, 'svg.chart-svg')).to.equal(svgBefore);
    expect($(el, 'path.line.main')!.getAttribute('d')).not.to.equal(lineBefore);
    expect(text(el, '#summary')).to.contain('68,5');
    await expect(el).to.be.accessible();
  });

  it('follows dark mode from the theme attribute and from the system', async () => {
    const el = await chart(makeInput(), { theme: 'dark' });
    const bg = getComputedStyle(el).backgroundColor;
    expect(bg).to.equal('rgb(22, 25, 29)');
    await expect(el).to.be.accessible();
    if (!(await media({ colorScheme: 'dark' }))) return;
    const auto = await chart(makeInput());
    expect(getComputedStyle(auto).backgroundColor).to.equal('rgb(22, 25, 29)');
  });

  it('turns off the tooltip transition for reduced motion', async function () {
    if (!(await media({ reducedMotion: 'reduce' }))) this.skip();
    const el = await chart(makeInput());
    ($(el, '.plot') as HTMLElement).focus();
    await el.updateComplete;
    const tip = $(el, '.tooltip')!;
    expect(getComputedStyle(tip).transitionDuration).to.match(/^0s/);
  });

  describe('bad input', () => {
    it('lists the indicators the data has for an unknown indicator', async () => {
      const el = await chart(makeInput(), { indicator: 'finns-inte' });
      expect(el.status).to.equal('error');
      expect(text(el, '[role=alert]')).to.contain(
        'Indikatorn "finns-inte" finns inte i data. Data har: gymnasiebehorighet, annan.',
      );
      await expect(el).to.be.accessible();
    });

    it('says so for an area without data, and all values missing', async () => {
      const el = await chart(makeInput(), { area: '0680' });
      expect(text(el, '[role=alert]')).to.contain('Det finns inga värden för Jönköping.');
      const none = await chart(withData([{ area: '0683', period: '2020', value: null }]));
      expect(text(none, '[role=alert]')).to.contain('Det finns inga värden för Värnamo.');
      const hidden = await chart(
        withData([{ area: '0683', period: '2020', group: 'girls', value: null, status: 'suppressed' }]),
        { group: 'girls' },
      );
      expect(text(hidden, '[role=alert]')).to.contain(
        'Det finns inga värden för Värnamo (flickor). Alla är dolda (för få svarande).',
      );
    });

    it('fires bpl-error with the code', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('bpl-trend-chart') as BplTrendChart;
      el.setAttribute('indicator', 'gymnasiebehorighet');
      el.setAttribute('area', '0683');
      el.setAttribute('group', 'alla');
      el.data = makeInput();
      const error = oneEvent(el, 'bpl-error');
      wrapper.append(el);
      expect((await error).detail.code).to.equal('invalid-attribute');
    });

    it("gives bpl-error its own list of views: a page changing it changes no chart's views", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('bpl-trend-chart') as BplTrendChart;
      el.setAttribute('indicator', 'gymnasiebehorighet');
      el.setAttribute('area', '0683');
      el.setAttribute('view', 'karta');
      el.data = makeInput();
      const error = oneEvent(el, 'bpl-error');
      wrapper.append(el);
      const { params } = (await error).detail;
      expect(params.available).to.deep.equal(['chart', 'table']);
      params.available!.length = 0;
      el.viewMode = 'table';
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect($(el, 'table')).to.not.equal(null);
    });

    it('shows the values of a single period with a note', async () => {
      const el = await chart(
        withData([
          { area: '0683', period: '2020', value: 80 },
          { area: '0000', period: '2020', value: 82 },
        ]),
      );
      expect(el.status).to.equal('ready');
      expect(text(el, '.note')).to.contain('bara en period (2020)');
      expect($$(el, 'path.marker').length).to.be.at.least(2);
      await expect(el).to.be.accessible();
    });

    it('keeps one huge value on the scale without breaking the drawing', async () => {
      const el = await chart(
        withData([
          { area: '0683', period: '2015', value: 70 },
          { area: '0683', period: '2016', value: 1e12 },
          { area: '0683', period: '2017', value: 72 },
        ]),
      );
      expect(el.status).to.equal('ready');
      const d = $(el, 'path.line.main')!.getAttribute('d')!;
      expect(d).not.to.match(/NaN|Infinity/);
      const ticks = $$(el, '.y-axis text').map((t) => t.textContent!);
      expect(ticks[ticks.length - 1]!.length).to.be.below(10);
    });

    it('shows labels with markup as text', async () => {
      const input = makeInput();
      input.areas = [{ code: '0683', name: '<img src=x onerror=alert(1)>Värnamo', level: 'municipality' }];
      input.indicators[0]!.title = '<b>Fet</b> titel';
      const el = await chart(input);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(text(el, '[part=heading]')).to.equal('<b>Fet</b> titel');
      expect($$(el, '.end-label').some((g) => g.textContent!.includes('<img'))).to.equal(true);
    });

    it('reports a missing data file', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('bpl-trend-chart') as BplTrendChart;
      el.src = '/finns-inte.json';
      el.setAttribute('indicator', 'x');
      wrapper.append(el);
      await el.whenSettled();
      expect(el.status).to.equal('error');
      expect($(el, '[role=alert]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
