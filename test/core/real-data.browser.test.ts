import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/trend-chart/trend-chart.js';
import '../../src/components/municipality-map/municipality-map.js';
// As in dist/bpl.js: the readers are fetched on demand, the first time a document needs them.
import '../../src/core/adapters/on-demand.js';
import { clearRequestCache } from '../../src/core/loader/fetch.js';
import type { BplErrorEvent } from '../../src/core/events.js';

/**
 * Real statistics drawn as they come, in the browser: the recorded Kolada answer and the real Skolverket values
 * in PxWeb's shapes (test/fixtures/made/make.mjs), read from `src` as a web editor would give them.
 */
type El = HTMLElement & { whenSettled(): Promise<void>; updateComplete: Promise<boolean> };
const made = '/test-raw/made/';
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const text = (el: Element, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
async function draw(tag: string, attrs: Record<string, string>, width = 720): Promise<El> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement(tag) as El;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  await el.whenSettled();
  await el.updateComplete;
  return el;
}

describe('real statistics, drawn', () => {
  beforeEach(() => clearRequestCache());

  for (const [name, file] of [
    ['PxWeb CSV, wide, Windows-1252', 'pxweb-behorighet-wide-1252.csv'],
    ['PxWeb CSV, long, UTF-8 with BOM', 'pxweb-behorighet-long-utf8bom.csv'],
    ['PxWeb API v1 JSON', 'pxweb-v1-behorighet.json'],
    ['JSON-stat 2.0', 'jsonstat2-behorighet.json'],
  ] as const) {
    it(`${name}: a map of the county with names, the school year and the missing value`, async () => {
      const el = await draw('bpl-municipality-map', { src: made + file, view: 'table', display: 'table' });
      expect(text(el, '[role=alert]')).to.equal('');
      const table = text(el, 'table');
      // Names from the codes (or from "0604 Aneby"), å ä ö read right whatever the file's encoding.
      for (const n of ['Aneby', 'Gnosjö', 'Värnamo', 'Sävsjö', 'Tranås']) expect(table).to.contain(n);
      expect(table).to.contain('86,1');
      expect(table).to.contain('uppgift saknas'); // Mullsjö: `..`
      expect(text(el, '.legend-note')).not.to.contain('bättre');
      expect(el.shadowRoot!.textContent).to.contain('2018/19');
    });
  }

  it('a percentage is drawn as one only where the source says so', async () => {
    const percent = await draw('bpl-trend-chart', {
      src: `${made}jsonstat2-behorighet.json`,
      area: '0604',
      view: 'table',
    });
    expect(text(percent, 'table')).to.contain('86,1 %');
    const plain = await draw('bpl-trend-chart', {
      src: `${made}pxweb-behorighet-wide-1252.csv`,
      area: '0604',
      view: 'table',
    });
    expect(text(plain, 'table')).to.contain('86,1');
    expect(text(plain, 'table')).not.to.contain('%');
    // No goal the data did not set.
    expect($(plain, '.goal-status')).to.equal(null);
    expect(text(plain, 'thead')).not.to.contain('Mål');
  });

  it('Kolada: areas outside the county by name, the KPI as title, a neutral unit and no goal', async () => {
    const el = await draw('bpl-municipality-map', {
      src: '/test-raw/real/kolada/v3-data-N21704-2023-subset.omsorgsradar.json',
      county: 'all',
      'geo-src': '/demo/data/geo/sweden-municipalities.topo.json',
      display: 'table',
      'kolada-api': '/test-kolada-nometa/v3',
    });
    expect(text(el, '[role=alert]')).to.equal('');
    const table = text(el, 'table');
    for (const n of ['Stockholm', 'Linköping', 'Malmö', 'Göteborg', 'Umeå']) expect(table).to.contain(n);
    expect(table).not.to.contain('0180');
    expect(table).not.to.contain('%');
    expect(text(el, '.source')).to.contain('Kolada (uppgifter om nyckeltalet kunde inte hämtas)');
  });

  it('Kolada: a saved answer calls no API unasked, and says the KPI’s description is not in the file', async () => {
    const el = await draw('bpl-trend-chart', {
      src: `${made}kolada-N21704-page2.json`,
      area: '1480',
      compare: 'none',
    });
    expect(text(el, '[role=alert]')).to.equal('');
    expect(text(el, '.source')).to.contain('saknas');
    // Nothing asked of Kolada's own API (a page offline would log a failed request for it).
    await new Promise((r) => setTimeout(r, 100));
    const kolada = performance.getEntriesByType('resource').filter((e) => e.name.includes('api.kolada.se'));
    expect(kolada).to.have.length(0);
  });

  it('Kolada: pages followed, and a saved answer whose next page is out of reach draws what it has', async () => {
    const whole = await draw('bpl-trend-chart', {
      src: `${made}kolada-N21704-page1.json`,
      area: '1480',
      compare: 'none',
      view: 'table',
      'kolada-api': '/test-kolada-nometa/v3',
    });
    expect(text(whole, '[role=alert]')).to.equal('');
    expect(text(whole, 'table')).to.contain('Göteborg');
    const saved = await draw('bpl-trend-chart', {
      src: `${made}kolada-N21704-saved-page1.json`,
      area: '0180',
      compare: 'none',
      view: 'table',
      'kolada-api': '/test-kolada-nometa/v3',
    });
    expect(text(saved, '[role=alert]')).to.equal('');
    expect(text(saved, 'table')).to.contain('Stockholm');
    expect(text(saved, '.source')).to.contain('ofullständig: bara 1 sida av svaret');
  });

  it('kolada="N21704": builds the API address from the attributes and takes the KPI’s title and unit', async () => {
    const el = await draw('bpl-trend-chart', {
      kolada: 'N21704',
      area: '0180',
      from: '2021',
      to: '2023',
      'kolada-api': '/test-kolada/v3',
      view: 'table',
    });
    expect(text(el, '[role=alert]')).to.equal('');
    const last = (await (await fetch('/test-kolada/last')).json()) as { url: string };
    expect(last.url).to.equal(
      '/test-kolada/v3/data/kpi/N21704/municipality/0180,0001,0000/year/2021,2022,2023',
    );
    expect(text(el, '[role=heading]')).to.equal('Testtitel för N21704, andel (%)');
    expect(text(el, 'table')).to.contain('21,9 %');
    expect(text(el, '.source')).to.equal('Källa: Kolada. Uppdaterad 20 mars 2024.');
    expect($(el, '.goal-status')).to.equal(null);
  });

  it('kolada= with an API that does not answer says why and the way around it', async () => {
    const el = await draw('bpl-trend-chart', {
      kolada: 'N21704',
      area: '0180',
      'kolada-api': 'http://127.0.0.1:9/v3',
    });
    const alert = text(el, '[role=alert]');
    expect(alert).to.contain('Koladas API svarade inte sidan');
    expect(alert).to.contain('bpl-data kolada');
    expect(alert).to.contain(
      'Det gick inte att hämta data från http://127.0.0.1:9/v3/data/kpi/N21704/municipality/0180,0001,0000',
    );
  });

  it('a goal only where the page sets one (goal, baseline, polarity), and a bad one is said', async () => {
    const el = await draw('bpl-trend-chart', {
      src: `${made}jsonstat2-behorighet.json`,
      area: '0604',
      goal: '2',
      baseline: '2018/19',
      polarity: 'higher-is-better',
      view: 'table',
    });
    expect(text(el, 'thead')).to.contain('Mål, Aneby');
    const events: BplErrorEvent[] = [];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div @bpl-error=${(e: BplErrorEvent) => events.push(e)}></div>`,
    );
    const bad = document.createElement('bpl-trend-chart') as El;
    bad.setAttribute('src', `${made}jsonstat2-behorighet.json`);
    bad.setAttribute('polarity', 'up');
    wrapper.append(bad);
    await bad.whenSettled();
    expect(text(bad, '[role=alert]')).to.contain('Attributet polarity har ett ogiltigt värde: "up"');
    expect(events[0]!.detail.code).to.equal('invalid-attribute');
  });

  it('PxWeb’s monthly table is refused by name, in the page’s language, with what was recognised', async () => {
    const el = await draw('bpl-trend-chart', {
      src: '/test-raw/real/pxweb/scb-v2-TAB6471-data.jsonstat2.json',
    });
    const alert = text(el, '[role=alert]');
    expect(alert).to.contain(
      'Det här är JSON-stat 2.0 från PxWeb "Folkmängden per månad efter region, ålder, kön och månad".',
    );
    expect(alert).to.contain(
      '"2026M01", "2026M02", "2026M03", "2026M04" är ingen period som diagrammen kan visa',
    );
    const en = await draw('bpl-trend-chart', {
      src: '/test-raw/real/pxweb/scb-v2-TAB6471-data.jsonstat2.json',
      lang: 'en',
    });
    expect(text(en, '[role=alert]')).to.contain('This is JSON-stat 2.0 from PxWeb');
  });
});
