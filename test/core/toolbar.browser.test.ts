import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/trend-chart/trend-chart.js';
import '../../src/components/wellbeing-wheel/wellbeing-wheel.js';
import '../../src/components/municipality-map/municipality-map.js';
import { defineElement } from '../../src/core/define.js';
import type { SourceRef } from '../../src/core/schema/common.js';
import type { BplElement } from '../../src/core/base-element.js';
import { BplTestElement } from '../helpers/test-element.js';
import { makeInput } from '../trend-chart/fixtures.js';
import { datasetInput } from '../wellbeing-wheel/fixtures.js';
import { makeDataset } from '../municipality-map/fixtures.js';

type Any = BplElement<'dataset', unknown>;

/** The three components with a drawing and downloads, each with its data and attributes. */
const COMPONENTS: [string, () => unknown, Record<string, string>][] = [
  ['bpl-trend-chart', makeInput, { indicator: 'gymnasiebehorighet', area: '0683' }],
  ['bpl-wellbeing-wheel', datasetInput, { area: '0680', period: '2024' }],
  [
    'bpl-municipality-map',
    () => ({
      ...makeDataset(),
      meta: { title: 'Test', source: { name: 'SCB', url: 'https://www.scb.se/' } },
    }),
    { indicator: 'fysisk-aktivitet' },
  ],
];

async function mount(tag: string, data: unknown, attrs: Record<string, string>, lang = 'sv'): Promise<Any> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 720px"></div>`);
  const el = document.createElement(tag) as Any;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  wrapper.append(el);
  await el.whenSettled();
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const menuItems = (el: Element) =>
  [
    ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=toolbar] details.downloads .menu button'),
  ].map((b) => `${b.value} ${words(b)}`);
/** An element's structure: tags, classes, parts, values, types and texts, to compare between components. */
const shape = (node: Element): string =>
  `<${node.localName} ${['class', 'part', 'value', 'type'].map((a) => node.getAttribute(a)).join(' ')}>${
    node.children.length ? [...node.children].map(shape).join('') : words(node)
  }`;

describe('the shared toolbar and source line', () => {
  it('renders the same toolbar, downloads menu and source line in every component', async () => {
    const menus: string[] = [];
    for (const [tag, data, attrs] of COMPONENTS) {
      const el = await mount(tag, data(), attrs);
      const toolbar = $(el, '[part=toolbar]')!;
      expect(toolbar, tag).not.to.equal(null);
      expect(toolbar.classList.contains('toolbar'), tag).to.equal(true);
      const menu = toolbar.querySelector('details.downloads[part=downloads]')!;
      expect(words(menu.querySelector('summary.button')), tag).to.equal('Ladda ner');
      // With the drawing shown, the data and the drawing.
      expect(menuItems(el), tag).to.deep.equal(['csv Data (CSV)', 'svg Bild (SVG)', 'png Bild (PNG)']);
      menus.push(shape(menu));
      const source = $(el, 'p.source[part=source]');
      expect(words(source), tag).to.match(/^Källa: .+\.( Uppdaterad .+\.)?$/);
      await expect(el).to.be.accessible();
    }
    // One menu, the same markup everywhere.
    expect(menus[1]).to.equal(menus[0]);
    expect(menus[2]).to.equal(menus[0]);
  });

  for (const [tag, data, attrs] of COMPONENTS.slice(0, 2)) {
    it(`${tag}: the view toggle says what it will show, in Swedish and English; the table offers CSV only`, async () => {
      for (const [lang, table, chart, download] of [
        ['sv', 'Visa som tabell', 'Visa som diagram', 'Ladda ner'],
        ['en', 'Show as table', 'Show as chart', 'Download'],
      ]) {
        const el = await mount(tag, data(), attrs, lang);
        const toggle = $<HTMLButtonElement>(el, '[part=toolbar] button.view-toggle')!;
        // The first item of the toolbar, a plain button: its label, not aria-pressed, tells the state.
        expect($(el, '[part=toolbar]')!.firstElementChild).to.equal(toggle);
        expect(words(toggle)).to.equal(table);
        expect(toggle.hasAttribute('aria-pressed')).to.equal(false);
        expect(words($(el, '.downloads summary'))).to.equal(download);
        toggle.click();
        await el.updateComplete;
        expect($(el, 'table'), lang).not.to.equal(null);
        expect(words($(el, '.view-toggle'))).to.equal(chart);
        expect(menuItems(el).map((item) => item.split(' ')[0])).to.deep.equal(['csv']);
        $<HTMLButtonElement>(el, '.view-toggle')!.click();
        await el.updateComplete;
        expect(words($(el, '.view-toggle'))).to.equal(table);
        expect(menuItems(el)).to.have.length(3);
      }
    });
  }

  it('closes the menu on a choice and on Escape, with the focus back on its summary', async () => {
    const el = await mount('bpl-municipality-map', makeDataset(), { indicator: 'fysisk-aktivitet' });
    const menu = $<HTMLDetailsElement>(el, 'details.downloads')!;
    const summary = menu.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(menu.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(menu.querySelector('button[value=csv]'));
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    // A choice by keyboard: the file is made (here caught before it is saved), the menu closes and the focus
    // (on the chosen button, which disappears) goes back to the summary.
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(menu.querySelector('button[value=csv]'));
    const saved: string[] = [];
    const grab = (e: Event) => {
      if (e.target instanceof HTMLAnchorElement && e.target.download) {
        e.preventDefault();
        saved.push(e.target.download);
      }
    };
    document.addEventListener('click', grab, true);
    try {
      await sendKeys({ press: 'Enter' });
    } finally {
      document.removeEventListener('click', grab, true);
    }
    expect(saved).to.have.length(1);
    expect(saved[0]).to.match(/\.csv$/);
    expect(menu.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
  });

  it('closes the menu when the focus leaves it, and leaves the focus where it went', async () => {
    const el = await mount('bpl-trend-chart', makeInput(), { indicator: 'gymnasiebehorighet', area: '0683' });
    const menu = $<HTMLDetailsElement>(el, 'details.downloads')!;
    menu.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(menu.open).to.equal(true);
    // Tab through the three choices and on: the menu closes behind the focus.
    for (const kind of ['csv', 'svg', 'png']) {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, kind).to.equal(menu.querySelector(`button[value=${kind}]`));
      expect(menu.open, kind).to.equal(true);
    }
    await sendKeys({ press: 'Tab' });
    expect(menu.open).to.equal(false);
    expect(menu.contains(el.shadowRoot!.activeElement)).to.equal(false);
  });

  it('Escape in the menu does not close a modal dialog around the component', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog style="width: 720px"></dialog>`);
    const el = document.createElement('bpl-trend-chart') as Any;
    el.setAttribute('indicator', 'gymnasiebehorighet');
    el.setAttribute('area', '0683');
    el.data = makeInput();
    dialog.append(el);
    dialog.showModal();
    await el.whenSettled();
    await el.updateComplete;
    const menu = $<HTMLDetailsElement>(el, 'details.downloads')!;
    menu.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expect(dialog.open).to.equal(true);
    // A second Escape, with the menu closed, is the dialog's.
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
  });
});

/** The test element with a source line for any source, bypassing the schema (which already rejects unsafe
 * links), to test the line's own guard. */
class BplSourceLine extends BplTestElement {
  sourceRef?: SourceRef;
  updatedOn?: string;
  protected override renderView() {
    return litHtml`${this.renderSource(this.sourceRef, this.updatedOn)}`;
  }
}
defineElement('bpl-source-line', BplSourceLine);

async function sourceLine(sourceRef: SourceRef | undefined, updatedOn?: string, lang = 'sv') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('bpl-source-line') as BplSourceLine;
  Object.assign(el, { sourceRef, updatedOn, indicator: 'a' });
  el.data = {
    meta: { title: 'T' },
    indicators: [
      { id: 'a', title: 'A', focusArea: 'other', unit: 'percent', polarity: 'higher-is-better', data: [] },
    ],
  };
  wrapper.append(el);
  await el.whenSettled();
  return el;
}

describe('the source line', () => {
  it('links the name only to an http(s) or relative address, never a javascript: one', async () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
    ]) {
      const el = await sourceLine({ name: 'Skolverket', url });
      expect($(el, '.source a'), url).to.equal(null);
      expect(words($(el, '.source')), url).to.equal('Källa: Skolverket.');
    }
    for (const url of ['https://www.skolverket.se/', 'statistik/om.html']) {
      const el = await sourceLine({ name: 'Skolverket', url });
      expect($(el, '.source a')!.getAttribute('href')).to.equal(url);
      expect($(el, '.source a')!.getAttribute('rel')).to.equal('noopener');
    }
  });

  it('says the source and the date it was updated, as text, in the page language', async () => {
    const el = await sourceLine({ name: '<b>Skolverket</b>' }, '2025-03-12');
    expect(words($(el, '.source'))).to.equal('Källa: <b>Skolverket</b>. Uppdaterad 12 mars 2025.');
    expect($(el, '.source b')).to.equal(null);
    const en = await sourceLine(
      { name: { sv: 'Skolverket', en: 'National Agency for Education' } },
      '2025-03-12',
      'en',
    );
    expect(words($(en, '.source'))).to.equal('Source: National Agency for Education. Updated 12 March 2025.');
    expect($(await sourceLine(undefined), '.source')).to.equal(null);
    expect(words($(await sourceLine(undefined, '2025-03-12'), '.source'))).to.equal(
      'Uppdaterad 12 mars 2025.',
    );
  });
});
