import { expect, oneEvent } from '@open-wc/testing';
import '../helpers/test-element.js';
import type { BplTestElement } from '../helpers/test-element.js';
import type { BplErrorEvent } from '../../src/core/events.js';
import { addEnglish } from '../../src/core/i18n/localize.js';

// English is fetched on demand (`addEnglish`/`loadEnglish` in src/core/i18n/localize.ts). Every test file runs in
// a page of its own, so nothing English has been fetched when this one starts.

/** The English modules this page has fetched (the core's `i18n/en` and the components' `*.i18n.en`). */
function englishFetched(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /i18n[/.]en\.(ts|js)/.test(name));
}

function text(el: Element): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('English texts, fetched on demand', () => {
  it('a page in Swedish never fetches them', async () => {
    const el = document.createElement('bpl-test-element') as BplTestElement;
    const failed = oneEvent(el, 'bpl-error') as Promise<BplErrorEvent>;
    document.body.append(el);
    expect((await failed).detail.message).to.contain('Ingen datakälla angiven');
    await el.whenSettled();
    expect(text(el)).to.contain('Det gick inte att visa diagrammet');
    expect(englishFetched()).to.deep.equal([]);
    el.remove();
  });

  it('an element in English shows no Swedish while they come, then English, and reports in English', async () => {
    const el = document.createElement('bpl-test-element') as BplTestElement;
    el.lang = 'en';
    const messages: string[] = [];
    el.addEventListener('bpl-error', (e) => messages.push((e as BplErrorEvent).detail.message));
    document.body.append(el);
    await el.updateComplete;
    expect(text(el), 'while fetching').to.equal('');
    expect(el.status, 'while fetching').to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    await el.whenSettled();
    expect(text(el)).to.contain('The chart could not be shown');
    expect(text(el)).to.contain('No data source given');
    expect(messages).to.deep.equal([
      'No data source given. Put the address of a data file in the src attribute.',
    ]);
    expect(englishFetched().length).to.be.greaterThan(0);
    el.remove();
  });

  it('falls back to Swedish, with a warning, when a part cannot be fetched', async () => {
    addEnglish(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = document.createElement('bpl-test-element') as BplTestElement;
      el.lang = 'en';
      document.body.append(el);
      await el.whenSettled();
      // The parts that did arrive are used; the page is not left blank.
      expect(el.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
      expect(text(el)).to.contain('No data source given');
      expect(warnings.join(' ')).to.contain('English texts could not be fetched');
      el.remove();
    } finally {
      console.warn = warn;
    }
  });
});
