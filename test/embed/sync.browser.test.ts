import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/components/municipality-map/municipality-map.js';
import '../../src/components/trend-chart/trend-chart.js';
import '../../src/components/wellbeing-wheel/wellbeing-wheel.js';
import '../../src/core/sync.js';
import { selectionOf, whenSynced } from '../../src/core/sync.js';
import type { BplMunicipalityMap } from '../../src/components/municipality-map/municipality-map.js';
import type { BplTrendChart } from '../../src/components/trend-chart/trend-chart.js';
import type { BplWellbeingWheel } from '../../src/components/wellbeing-wheel/wellbeing-wheel.js';

const DATA = '/demo/data/barn-och-unga.json';

async function settled(...els: { whenSettled(): Promise<void>; updateComplete: Promise<boolean> }[]) {
  await whenSynced();
  for (const el of els) {
    await el.whenSettled();
    await el.updateComplete;
  }
}

/** A point inside a municipality's shape, found the way a reader's pointer would hit it. */
function pointInside(map: BplMunicipalityMap, code: string): { x: number; y: number } {
  const root = map.shadowRoot!;
  const path = root.querySelector<SVGPathElement>(`path.area[data-code="${code}"]`)!;
  const box = path.getBoundingClientRect();
  for (let i = 1; i < 12; i++)
    for (let j = 1; j < 12; j++) {
      const x = box.left + (box.width * i) / 12;
      const y = box.top + (box.height * j) / 12;
      const hit = root.elementFromPoint(x, y);
      if (hit?.closest('[data-code]')?.getAttribute('data-code') === code) return { x, y };
    }
  throw new Error(`no point inside ${code}`);
}

const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="heading"]')?.textContent ?? '';
const trendText = (el: HTMLElement) => el.shadowRoot!.textContent ?? '';

describe('sync: linked components', () => {
  let url: string;
  beforeEach(() => {
    url = location.href;
  });
  afterEach(() => history.replaceState(history.state, '', url));

  it('clicking a municipality on the map changes the trend chart and the wheel', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 900px">
        <bpl-municipality-map
          sync="lan"
          src=${DATA}
          indicator="fysisk-aktivitet"
          period="2023"
        ></bpl-municipality-map>
        <bpl-trend-chart
          sync="lan"
          src=${DATA}
          indicator="psykiskt-valbefinnande"
          area="0680"
        ></bpl-trend-chart>
        <bpl-wellbeing-wheel sync="lan" src=${DATA} area="0680" period="2024"></bpl-wellbeing-wheel>
        <bpl-trend-chart id="alone" src=${DATA} indicator="skolnarvaro" area="0680"></bpl-trend-chart>
      </div>
    `);
    const map = page.querySelector('bpl-municipality-map')!;
    const chart = page.querySelector<BplTrendChart>('bpl-trend-chart[sync]')!;
    const wheel = page.querySelector<BplWellbeingWheel>('bpl-wellbeing-wheel')!;
    const alone = page.querySelector<BplTrendChart>('#alone')!;
    await settled(map, chart, wheel, alone);
    expect(trendText(chart)).to.include('Jönköping');
    expect(trendText(chart)).not.to.include('Värnamo');

    map.scrollIntoView();
    const { x, y } = pointInside(map, '0683');
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    await settled(chart, wheel);

    expect(map.area).to.equal('0683');
    expect(chart.area).to.equal('0683');
    // The map's period follows; its indicator is context, not a choice: the trend chart keeps its own.
    expect(chart.indicator).to.equal('psykiskt-valbefinnande');
    expect(chart.status).to.equal('ready');
    expect(trendText(chart)).to.include('Värnamo');
    expect(wheel.area).to.equal('0683');
    expect(wheel.period).to.equal('2023');
    expect(heading(wheel)).to.include('Värnamo');
    // A component outside the group does not move.
    expect(alone.area).to.equal('0680');
    expect(selectionOf('lan')).to.deep.equal({ area: '0683', period: '2023' });

    // An indicator chosen in the wheel ("Visa utveckling") is a choice: the trend chart shows it.
    wheel.dispatchEvent(
      new CustomEvent('bpl-select', {
        detail: { sync: 'lan', indicator: 'tandhalsa', area: '0683', period: '2023' },
        bubbles: true,
        composed: true,
      }),
    );
    await settled(chart);
    expect(chart.indicator).to.equal('tandhalsa');
    expect(chart.status).to.equal('ready');
  });

  it('follows a plain event from the page, only within its group, and keeps a follower out of errors', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 700px">
        <bpl-municipality-map sync="a" src=${DATA} indicator="gymnasiebehorighet"></bpl-municipality-map>
        <bpl-trend-chart sync="a" src=${DATA} indicator="skolnarvaro" area="0680"></bpl-trend-chart>
        <bpl-trend-chart sync="b" src=${DATA} indicator="skolnarvaro" area="0680"></bpl-trend-chart>
      </div>
    `);
    const map = page.querySelector<BplMunicipalityMap>('bpl-municipality-map')!;
    const [a, b] = page.querySelectorAll('bpl-trend-chart');
    await settled(map, a!, b!);
    const periodBefore = map.period;
    const errors: Event[] = [];
    page.addEventListener('bpl-error', (e) => errors.push(e));

    // A calendar year is not a period of a school-year indicator: the map keeps its own period.
    document.dispatchEvent(
      new CustomEvent('bpl-select', { detail: { sync: 'a', area: '0617', period: '2024' } }),
    );
    await settled(map, a!, b!);
    await settled(map);
    expect(a!.area).to.equal('0617');
    expect(b!.area).to.equal('0680');
    expect(map.area).to.equal('0617');
    expect(map.period).to.equal(periodBefore);
    expect(map.status).to.equal('ready');

    // A county chosen in a trend chart is not on the map: the map keeps its municipality.
    document.dispatchEvent(new CustomEvent('bpl-select', { detail: { sync: 'a', area: '0006' } }));
    await settled(map, a!);
    expect(a!.area).to.equal('0006');
    expect(map.area).to.equal('0617');
    expect(map.status).to.equal('ready');
    expect(a!.status).to.equal('ready');
    expect(errors.filter((e) => e.target === a)).to.have.length(0);
  });

  it('keeps the selection in the page address with sync-url, and restores it', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 700px">
        <bpl-trend-chart sync="u" sync-url src=${DATA} indicator="skolnarvaro" area="0680"></bpl-trend-chart>
      </div>
    `);
    const chart = page.querySelector('bpl-trend-chart')!;
    await settled(chart);
    document.dispatchEvent(
      new CustomEvent('bpl-select', { detail: { sync: 'u', area: '0686', indicator: 'tandhalsa' } }),
    );
    await settled(chart);
    const params = new URLSearchParams(location.search);
    expect(params.get('bpl-area')).to.equal('0686');
    expect(params.get('bpl-indicator')).to.equal('tandhalsa');

    // A page opened with the address: a new group member with sync-url starts from it.
    const fresh = await fixture<HTMLDivElement>(html`
      <div style="width: 700px">
        <bpl-trend-chart sync="v" src=${DATA} indicator="skolnarvaro" area="0680"></bpl-trend-chart>
        <bpl-wellbeing-wheel sync="v" sync-url src=${DATA} area="0680"></bpl-wellbeing-wheel>
      </div>
    `);
    const [restored, wheel] = [
      fresh.querySelector('bpl-trend-chart')!,
      fresh.querySelector('bpl-wellbeing-wheel')!,
    ];
    await settled(restored, wheel);
    expect(restored.area).to.equal('0686');
    expect(restored.indicator).to.equal('tandhalsa');
    expect(wheel.area).to.equal('0686');
    expect(restored.status).to.equal('ready');
  });

  it('restores the page address into members that joined before the member with sync-url existed', async () => {
    history.replaceState(history.state, '', '?bpl-area=0686&bpl-period=2022');
    // The trend chart is defined and joins first; the member with sync-url is not a component yet (its
    // definition comes later, as when bpl-trend-chart's file loads before the map's).
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 700px">
        <bpl-trend-chart sync="early" src=${DATA} indicator="skolnarvaro" area="0680"></bpl-trend-chart>
        <bpl-later-map sync="early" sync-url></bpl-later-map>
      </div>
    `);
    const chart = page.querySelector('bpl-trend-chart')!;
    await settled(chart);
    expect(chart.area).to.equal('0686');
    expect(trendText(chart)).to.include('Eksjö');
  });

  it('keeps each member’s own choice when a shared address names what its data lacks', async () => {
    history.replaceState(history.state, '', '?bpl-area=0999&bpl-period=1999');
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 700px">
        <bpl-municipality-map sync="bad" sync-url src=${DATA} indicator="skolnarvaro"></bpl-municipality-map>
        <bpl-trend-chart sync="bad" src=${DATA} indicator="skolnarvaro" area="0680"></bpl-trend-chart>
        <bpl-wellbeing-wheel sync="bad" src=${DATA} area="0680"></bpl-wellbeing-wheel>
      </div>
    `);
    const map = page.querySelector('bpl-municipality-map')!;
    const chart = page.querySelector('bpl-trend-chart')!;
    const wheel = page.querySelector('bpl-wellbeing-wheel')!;
    await settled(map, chart, wheel);
    expect([map.status, chart.status, wheel.status]).to.deep.equal(['ready', 'ready', 'ready']);
    expect([chart.area, wheel.area]).to.deep.equal(['0680', '0680']);
    expect(map.period).not.to.equal('1999');
  });

  it('from a shared address takes what a member can show and leaves the rest (a known area, an unknown year)', async () => {
    history.replaceState(history.state, '', '?bpl-area=0683&bpl-period=2099');
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 700px">
        <bpl-trend-chart sync="half" src=${DATA} indicator="skolnarvaro" area="0680"></bpl-trend-chart>
        <bpl-wellbeing-wheel sync="half" src=${DATA} area="0680"></bpl-wellbeing-wheel>
        <bpl-municipality-map sync="half" sync-url src=${DATA} indicator="skolnarvaro"></bpl-municipality-map>
      </div>
    `);
    const [chart, wheel, map] = [
      page.querySelector('bpl-trend-chart')!,
      page.querySelector('bpl-wellbeing-wheel')!,
      page.querySelector('bpl-municipality-map')!,
    ];
    await settled(chart, wheel, map);
    expect([chart.status, wheel.status, map.status]).to.deep.equal(['ready', 'ready', 'ready']);
    expect([chart.area, wheel.area, map.area]).to.deep.equal(['0683', '0683', '0683']);
    expect([wheel.period, map.period]).not.to.include('2099');
  });

  it('does not wait for a lazy member out of view: it follows, checked, when it is seen', async () => {
    history.replaceState(history.state, '', '?bpl-area=0683&bpl-period=2099');
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 700px">
        <bpl-trend-chart
          sync="lazy"
          sync-url
          src=${DATA}
          indicator="skolnarvaro"
          area="0680"
        ></bpl-trend-chart>
        <div style="height: 4000px"></div>
      </div>
    `);
    const chart = page.querySelector('bpl-trend-chart')!;
    await settled(chart);
    expect(chart.area).to.equal('0683');
    // A lazy member joins the group after its selection was made (from the address), below the fold.
    const wheel = document.createElement('bpl-wellbeing-wheel');
    Object.assign(wheel, { loading: 'lazy', src: DATA, area: '0680' });
    wheel.setAttribute('sync', 'lazy');
    page.append(wheel);
    const synced = await Promise.race([
      whenSynced().then(() => true),
      new Promise((r) => setTimeout(() => r(false), 3000)),
    ]);
    expect(synced, 'whenSynced() does not wait for a member that is not seen').to.equal(true);
    expect([wheel.status, wheel.area]).to.deep.equal(['idle', '0680']);
    // Seen: it loads, then follows what it can show (the area, not the year its data lacks).
    wheel.scrollIntoView();
    for (let i = 0; i < 100 && !(wheel.status === 'ready' && wheel.area === '0683'); i++)
      await new Promise((r) => setTimeout(r, 50));
    await whenSynced();
    expect([wheel.status, wheel.area]).to.deep.equal(['ready', '0683']);
    expect(wheel.period).not.to.equal('2099');
    window.scrollTo(0, 0);
  });

  it('does not pass on a trend chart’s comparison line: the group shows what the chart shows', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 700px">
        <bpl-trend-chart
          sync="cmp"
          sync-url
          src=${DATA}
          indicator="skolnarvaro"
          area="0683"
        ></bpl-trend-chart>
        <bpl-wellbeing-wheel sync="cmp" src=${DATA} area="0683"></bpl-wellbeing-wheel>
      </div>
    `);
    const chart = page.querySelector('bpl-trend-chart')!;
    const wheel = page.querySelector('bpl-wellbeing-wheel')!;
    await settled(chart, wheel);
    // What the chart sends for a point on the county's line, and on its own.
    const select = (area: string) =>
      chart.dispatchEvent(
        new CustomEvent('bpl-select', {
          detail: { sync: 'cmp', area, period: '2022', ...(area === '0006' ? { comparison: true } : {}) },
          bubbles: true,
          composed: true,
        }),
      );
    select('0006');
    await settled(chart, wheel);
    expect(wheel.area).to.equal('0683');
    expect(wheel.period).to.equal('2022');
    expect(new URLSearchParams(location.search).get('bpl-area')).to.equal(null);
    // A point on the chart's own line: its area is shared.
    select('0686');
    await settled(chart, wheel);
    expect(wheel.area).to.equal('0686');
    expect(new URLSearchParams(location.search).get('bpl-area')).to.equal('0686');
  });

  it('gives a component that joins later the group’s selection so far', async () => {
    document.dispatchEvent(new CustomEvent('bpl-select', { detail: { sync: 'late', area: '0604' } }));
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 700px">
        <bpl-trend-chart sync="late" src=${DATA} indicator="skolnarvaro" area="0680"></bpl-trend-chart>
      </div>
    `);
    const chart = page.querySelector('bpl-trend-chart')!;
    await settled(chart);
    expect(chart.area).to.equal('0604');
    expect(trendText(chart)).to.include('Aneby');
  });
});
