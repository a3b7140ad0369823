import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../helpers/test-element.js';
import type { BplTestElement } from '../helpers/test-element.js';
import { clearRequestCache, inflightCount } from '../../src/core/loader/fetch.js';
import type { BplErrorEvent } from '../../src/core/events.js';
import { defineElement } from '../../src/core/define.js';
import { BplError } from '../../src/core/errors.js';
import { READERS } from '../../src/core/loader/data-controller.js';
import { ADAPTERS } from '../../src/core/loader/read.js';
// As in dist/bpl.js: the CSV and Kolada readers are fetched on demand (nothing else in this page imports them).
import '../../src/core/adapters/on-demand.js';

const dataset = (title = 'Testdata') => ({
  meta: { title },
  indicators: [
    {
      id: 'a',
      title: 'A',
      focusArea: 'other',
      unit: 'percent',
      polarity: 'higher-is-better',
      data: [{ area: '0680', period: '2023', value: 1 }],
    },
    { id: 'b', title: 'B', focusArea: 'other', unit: 'percent', polarity: 'higher-is-better', data: [] },
  ],
});

/** Request counters live on the test server, shared by both browsers' runs: keys must be unique. */
const run = Math.random().toString(36).slice(2);

async function requestsFor(key: string): Promise<number> {
  const res = await fetch(`/test-api/count?of=${encodeURIComponent(`${key}-${run}`)}`);
  return ((await res.json()) as { count: number }).count;
}

function shadowText(el: Element): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function settled(el: BplTestElement): Promise<BplTestElement> {
  await el.whenSettled();
  return el;
}

describe('loading and errors (shared by every component)', () => {
  beforeEach(() => clearRequestCache());

  it('renders data given as a property and fires bpl-load', async () => {
    const el = document.createElement('bpl-test-element');
    el.indicator = 'a';
    const loaded = oneEvent(el, 'bpl-load');
    el.data = dataset();
    document.body.append(el);
    const event = await loaded;
    expect(event.detail).to.deep.equal({ source: 'data', kind: 'dataset', format: 'json' });
    await settled(el);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1');
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    el.remove();
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<BplTestElement>(
      html`<bpl-test-element indicator="a"
        ><script type="application/json">
          ${JSON.stringify(dataset('Inline'))}
        </script></bpl-test-element
      >`,
    );
    await settled(el);
    expect(shadowText(el)).to.contain('Inline');
  });

  it('shows a Swedish message, role="alert" and a bpl-error event with the code for HTTP 404', async () => {
    const el = document.createElement('bpl-test-element');
    const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
    el.src = '/test-api/status?code=404';
    const sibling = document.createElement('p');
    sibling.textContent = 'Resten av sidan';
    document.body.append(sibling, el);
    const event = await failed;
    expect(event.detail.code).to.equal('http');
    expect(event.detail.params.status).to.equal(404);
    expect(event.detail.message).to.contain('Datafilen hittades inte');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Datafilen hittades inte (felkod 404)');
    expect(sibling.isConnected).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
    sibling.remove();
  });

  it('gives each failure its own code', async () => {
    const cases: [string, string][] = [
      ['/test-api/status?code=500', 'http'],
      ['http://127.0.0.1:9/unreachable.json', 'network'],
      ['/test-api/text', 'parse'],
    ];
    for (const [src, code] of cases) {
      const el = document.createElement('bpl-test-element');
      const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
      el.src = src;
      document.body.append(el);
      expect((await failed).detail.code, src).to.equal(code);
      el.remove();
    }
  });

  it('sends bpl-error once for a failure that was not a BplError, however often it re-renders', async () => {
    // A reader that throws something other than a BplError (a bug, not a data problem).
    const reader = READERS.dataset!;
    READERS.dataset = () => {
      throw new TypeError('a bug');
    };
    const el = document.createElement('bpl-test-element');
    const codes: string[] = [];
    el.addEventListener('bpl-error', (e) => codes.push(e.detail.code));
    el.src = '/test-api/dataset?key=not-a-bpl-error';
    try {
      document.body.append(el);
      await settled(el);
      for (let i = 0; i < 3; i += 1) {
        el.requestUpdate();
        await el.updateComplete;
      }
    } finally {
      READERS.dataset = reader;
    }
    expect(codes).to.have.length(1);
    expect(el.error).to.equal(el.error);
    el.remove();
  });

  it('times out', async () => {
    const el = document.createElement('bpl-test-element');
    el.timeout = 200;
    const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
    el.src = '/test-api/dataset?delay=2000&key=timeout';
    document.body.append(el);
    const event = await failed;
    expect(event.detail.code).to.equal('timeout');
    el.remove();
  });

  it('says a mistyped format or timeout, instead of ignoring it (timeout="abc" timed out at once)', async () => {
    for (const [attribute, value] of [
      ['format', 'cvs'],
      ['timeout', 'abc'],
      ['timeout', '0'],
    ]) {
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('bpl-test-element');
      el.setAttribute(attribute!, value!);
      const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
      el.src = '/test-api/dataset?key=typo';
      wrapper.append(el);
      const event = await failed;
      expect([event.detail.code, event.detail.params.attribute, event.detail.params.value]).to.deep.equal([
        'invalid-attribute',
        attribute,
        value,
      ]);
      await el.updateComplete;
      expect(shadowText(el)).to.contain(`Attributet ${attribute!} har ett ogiltigt värde: "${value!}".`);
    }
  });

  it('lists schema errors with their paths', async () => {
    const el = document.createElement('bpl-test-element');
    const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
    el.data = {
      meta: { title: 'x' },
      indicators: [{ ...dataset().indicators[0], data: [{ area: '0680', period: '2023', value: '12,5' }] }],
    };
    document.body.append(el);
    const event = await failed;
    expect(event.detail.code).to.equal('schema');
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['indicators[0].data[0].value: väntade ett tal, fick "12,5"']);
    el.remove();
  });

  it('names the indicators the data has when the id is unknown, in English when the page is English', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><bpl-test-element indicator="nope"></bpl-test-element></div>`,
    );
    const el = wrapper.querySelector('bpl-test-element')!;
    const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
    el.data = dataset();
    const event = await failed;
    expect(event.detail.code).to.equal('unknown-indicator');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('The indicator "nope" is not in the data. The data has: a, b.');
  });

  it('says there is no source', async () => {
    const el = document.createElement('bpl-test-element');
    const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
    document.body.append(el);
    expect((await failed).detail.code).to.equal('no-source');
    el.remove();
  });

  it('shows a BplError naming the kind when no reader of that kind was imported', async () => {
    const reader = READERS.dataset;
    delete READERS.dataset;
    try {
      for (const source of ['data', 'src'] as const) {
        const el = document.createElement('bpl-test-element');
        const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
        if (source === 'data') el.data = dataset();
        else el.src = `/test-api/dataset?key=no-reader-${run}`;
        document.body.append(el);
        const { detail } = await failed;
        expect(detail.code, source).to.equal('parse');
        expect(detail.params.detail, source).to.equal('no reader for dataset');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]'), source).not.to.equal(null);
        el.remove();
      }
    } finally {
      READERS.dataset = reader;
    }
  });

  it('fetches the CSV and Kolada readers only for a document that needs them (as dist/bpl.js does)', async () => {
    const load = ADAPTERS.load!;
    let calls = 0;
    ADAPTERS.load = () => {
      calls += 1;
      return load();
    };
    try {
      const json = document.createElement('bpl-test-element');
      json.src = `/test-api/dataset?key=readers-json-${run}`;
      document.body.append(json);
      await settled(json);
      expect(shadowText(json)).to.contain('Testdata');
      expect(calls, "the contract's JSON").to.equal(0);

      const csv = document.createElement('bpl-test-element');
      csv.data = 'kommun;år;värde\n0680;2023;12,5\n0684;2023;13\n';
      document.body.append(csv);
      await settled(csv);
      expect(csv.status).to.equal('ready');
      expect(csv.shadowRoot!.querySelector('.count')!.textContent).to.equal('2');
      expect(calls, 'CSV text').to.equal(1);

      const kolada = document.createElement('bpl-test-element');
      kolada.data = {
        values: [{ kpi: 'N15419', municipality: '0680', period: 2023, values: [{ gender: 'T', value: 80 }] }],
      };
      document.body.append(kolada);
      await settled(kolada);
      expect(kolada.status).to.equal('ready');
      expect(calls, 'a Kolada page').to.equal(2);
      [json, csv, kolada].forEach((el) => el.remove());
    } finally {
      ADAPTERS.load = load;
    }
  });

  it('shows a network error when the readers cannot be fetched', async () => {
    const load = ADAPTERS.load;
    ADAPTERS.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = document.createElement('bpl-test-element');
      const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
      el.data = 'kommun;år;värde\n0680;2023;12,5\n';
      document.body.append(el);
      expect((await failed).detail.code).to.equal('network');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
      el.remove();
    } finally {
      ADAPTERS.load = load;
    }
  });

  it('shows data as text, never as markup', async () => {
    const el = await fixture<BplTestElement>(html`<bpl-test-element indicator="a"></bpl-test-element>`);
    el.data = dataset('<img src=x onerror="window.__pwned=1"><b>fet</b>');
    await settled(el);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<b>fet</b>');
  });

  it('keeps its height and says aria-busy while loading', async () => {
    const el = document.createElement('bpl-test-element');
    el.src = '/test-api/dataset?delay=400&key=busy';
    document.body.append(el);
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(250);
    await settled(el);
    expect(base.getAttribute('aria-busy')).to.equal('false');
    el.remove();
  });

  it('shares one request between elements that ask for the same URL', async () => {
    const src = `/test-api/dataset?delay=150&key=shared-${run}`;
    const els = await Promise.all(
      [1, 2, 3].map(async () => {
        const el = document.createElement('bpl-test-element');
        el.src = src;
        document.body.append(el);
        return el;
      }),
    );
    await Promise.all(els.map((el) => settled(el)));
    expect(els.every((el) => shadowText(el).includes('Testdata'))).to.equal(true);
    expect(await requestsFor('shared')).to.equal(1);
    els.forEach((el) => el.remove());
  });

  it('reads and validates a shared file once for all the elements that wait for it', async () => {
    const reader = READERS.dataset!;
    let reads = 0;
    READERS.dataset = (...args) => {
      reads += 1;
      return reader(...args);
    };
    try {
      const els = [1, 2, 3].map(() => {
        const el = document.createElement('bpl-test-element');
        el.src = `/test-api/dataset?delay=150&key=read-once-${run}`;
        document.body.append(el);
        return el;
      });
      await Promise.all(els.map((el) => settled(el)));
      expect(els.every((el) => shadowText(el).includes('Testdata'))).to.equal(true);
      expect(reads).to.equal(1);
      els.forEach((el) => el.remove());
    } finally {
      READERS.dataset = reader;
    }
  });

  it('aborts the previous request when src changes: the latest wins', async () => {
    const el = document.createElement('bpl-test-element');
    el.src = '/test-api/dataset?delay=600&key=old&title=Gammal';
    document.body.append(el);
    await el.updateComplete;
    expect(inflightCount()).to.equal(1);
    el.src = '/test-api/dataset?delay=50&key=new&title=Ny';
    await el.updateComplete;
    await settled(el);
    await new Promise((r) => setTimeout(r, 700));
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Ny');
    expect(shadowText(el)).not.to.contain('Gammal');
    expect(inflightCount()).to.equal(0);
    el.remove();
  });

  it('aborts when the element leaves the page, and loads again when it comes back', async () => {
    const el = document.createElement('bpl-test-element');
    el.src = '/test-api/dataset?delay=300&key=leave';
    document.body.append(el);
    await el.updateComplete;
    expect(inflightCount()).to.equal(1);
    el.remove();
    await new Promise((r) => setTimeout(r, 20));
    expect(inflightCount()).to.equal(0);
    document.body.append(el);
    await settled(el);
    expect(shadowText(el)).to.contain('Testdata');
    el.remove();
  });

  it('with loading="lazy" fetches only when it nears the viewport', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const el = document.createElement('bpl-test-element');
    el.loading = 'lazy';
    el.src = `/test-api/dataset?key=lazy-${run}`;
    document.body.append(spacer, el);
    await new Promise((r) => setTimeout(r, 300));
    expect(await requestsFor('lazy')).to.equal(0);
    expect(el.status).to.equal('idle');
    el.scrollIntoView();
    await new Promise((r) => setTimeout(r, 100));
    await settled(el);
    expect(await requestsFor('lazy')).to.equal(1);
    expect(shadowText(el)).to.contain('Testdata');
    spacer.remove();
    el.remove();
    window.scrollTo(0, 0);
  });

  it('follows a language change of the document', async () => {
    const el = document.createElement('bpl-test-element');
    el.data = { meta: { title: 'x' }, indicators: [] };
    document.body.append(el);
    await settled(el);
    expect(shadowText(el)).to.contain('Data innehåller inga indikatorer');
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(shadowText(el)).to.contain('The data holds no indicators');
    document.documentElement.lang = 'sv';
    el.remove();
  });
});

describe('registration', () => {
  it('never throws when a tag is defined twice, and warns once on another version', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other extends HTMLElement {
        static version = '9.9.9';
      }
      class Mine extends HTMLElement {}
      defineElement('bpl-twice', Other);
      expect(() => defineElement('bpl-twice', Mine)).not.to.throw();
      expect(() => defineElement('bpl-twice', Mine)).not.to.throw();
      expect(customElements.get('bpl-twice')).to.equal(Other);
      expect(warnings).to.have.length(1);
      expect(String((warnings[0] as unknown[])[0])).to.contain('9.9.9');
    } finally {
      console.warn = original;
    }
  });
  it('has the version on the class', async () => {
    const ctor = customElements.get('bpl-test-element') as unknown as { version: string };
    expect(ctor.version).to.match(/^\d+\.\d+\.\d+/);
    expect(new BplError('http').code).to.equal('http');
  });
});
