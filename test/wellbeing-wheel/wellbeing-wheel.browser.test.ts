import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/wellbeing-wheel/wellbeing-wheel.js';
import type { BplWellbeingWheel } from '../../src/components/wellbeing-wheel/wellbeing-wheel.component.js';
import { matchSvgSnapshot } from '../helpers/snapshot.js';
import { datasetInput } from './fixtures.js';

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function wheel(
  data: unknown,
  attrs: Record<string, string> = {},
  width = 480,
  children: (el: HTMLElement) => void = () => undefined,
): Promise<BplWellbeingWheel> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('bpl-wellbeing-wheel') as BplWellbeingWheel;
  for (const [k, v] of Object.entries({ area: '0680', period: '2024', ...attrs })) el.setAttribute(k, v);
  children(el);
  if (data !== undefined) el.data = data;
  wrapper.append(el);
  await el.whenSettled();
  await nextFrame();
  await el.updateComplete;
  return el;
}

async function media(settings: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(settings);
    return true;
  } catch {
    return false;
  }
}

const $ = <T extends Element = Element>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const text = (el: HTMLElement, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: HTMLElement) => el.shadowRoot!.activeElement;

describe('bpl-wellbeing-wheel', () => {
  afterEach(async () => {
    await media({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('draws eight segments around the child, each named with its value and comparison', async () => {
    const el = await wheel(datasetInput());
    expect(el.status).to.equal('ready');
    expect(text(el, '[part=heading]')).to.equal('Barns och ungas välbefinnande i Jönköping 2024');
    const segments = $$(el, '.segment');
    expect(segments).to.have.length(8);
    expect(segments[0]!.getAttribute('role')).to.equal('button');
    expect(segments[0]!.getAttribute('aria-label')).to.equal(
      'Trygg: 75. Region Jönköpings län: 50. Förändring sedan 2023: 0. 1 indikator',
    );
    expect($$(el, 'path.level').length).to.be.greaterThan(3);
    expect($(el, 'path.compare')).to.not.equal(null);
    await matchSvgSnapshot($(el, 'svg.wheel'), 'wellbeing-wheel-basic');
    await expect(el).to.be.accessible();
  });

  it('shows a dimension without indicators as such, not as zero, and hides suppressed values', async () => {
    const el = await wheel(datasetInput());
    const nurtured = $(el, '[data-dimension=nurtured]')!;
    expect(nurtured.getAttribute('aria-label')).to.equal('Omvårdad: inga indikatorer');
    expect(nurtured.querySelector('.track.empty')).to.not.equal(null);
    expect(nurtured.querySelector('.level')).to.equal(null);
    expect(text(el, 'text.label[data-dimension=nurtured]')).to.equal('Omvårdadinga indikatorer');
    const included = $(el, '[data-dimension=included]')!;
    expect(included.getAttribute('aria-label')).to.contain('uppgift saknas');
    // The suppressed 57,3 never reaches the page, in any view.
    expect(el.shadowRoot!.textContent).to.not.contain('57,3');
    $<HTMLButtonElement>(el, '.view-toggle')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.contain('57,3');
    expect(el.shadowRoot!.textContent).to.contain('dold (för få svarande)');
  });

  it('is one tab stop; arrows go round, Enter opens the detail, Escape closes it', async () => {
    const el = await wheel(datasetInput());
    expect($$(el, '.segment[tabindex="0"]')).to.have.length(1);
    const before = document.createElement('button');
    before.textContent = 'före';
    el.parentElement!.prepend(before);
    before.focus();
    // Past the table toggle and the download menu to the wheel.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('seg-0');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('seg-1');
    expect($$(el, '.segment[tabindex="0"]').map((s) => s.id)).to.deep.equal(['seg-1']);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('seg-7');
    expect($(el, '.focus-ring')).to.not.equal(null);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#seg-0')!.getAttribute('aria-expanded')).to.equal('true');
    expect(text(el, '#detail-heading')).to.equal('Trygg – 1 indikator');
    expect(text(el, '.indicator .value')).to.equal('94,0 %');
    expect(text(el, '.indicator .trend')).to.contain('↗ Ökat 2,5 procentenheter sedan 2023 (bättre)');
    expect(text(el, '.indicator .facts')).to.contain('Före målet med');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '#detail')).to.equal(null);
    expect(active(el)?.id).to.equal('seg-0');
    // Tab leaves the wheel in one step.
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.classList.contains('segment') ?? false).to.equal(false);
    before.remove();
  });

  it('opens the detail on click, and each indicator sends bpl-select for a trend chart', async () => {
    const el = await wheel(datasetInput());
    ($(el, '[data-dimension=active]') as SVGGElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    await el.updateComplete;
    expect(text(el, '#detail-heading')).to.equal('Aktiv – 2 indikatorer');
    const buttons = $$(el, '.indicator button') as HTMLButtonElement[];
    expect(buttons[0]!.getAttribute('aria-label')).to.equal(
      'Visa utveckling: Stillasittande mer än 3 timmar om dagen',
    );
    const trend = text(el, '.indicator .trend');
    expect(trend).to.contain('↘');
    expect(trend).to.contain('(bättre)');
    setTimeout(() => buttons[0]!.click());
    const event = await oneEvent(el, 'bpl-select');
    expect(event.detail).to.deep.equal({ indicator: 'stillasittande', area: '0680', period: '2024' });
    // Escape from inside the panel closes it and returns to the segment.
    buttons[0]!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '#detail')).to.equal(null);
    expect(active(el)?.getAttribute('data-dimension')).to.equal('active');
  });

  it('says what the indicator score is, and breaks titles only between words at 320 px', async () => {
    // It said "Placering i länet: 100 av 100", a rank in a county of 13 municipalities; the score is the
    // place on a scale between the county's worst and best municipality. At 320 px a title broke mid-word
    // ("Psykosomatisk / a besvär") beside a wide value.
    const input = datasetInput();
    input.indicators[3]!.title = 'Psykosomatiska besvär';
    for (const [lang, score] of [
      ['sv', 'Läge i länet (0 = sämst, 100 = bäst): 100'],
      ['en', 'Position in the county (0 = worst, 100 = best): 100'],
    ]) {
      const el = await wheel(input, { lang: lang! }, 320);
      ($(el, '[data-dimension=active]') as SVGGElement).dispatchEvent(
        new MouseEvent('click', { bubbles: true }),
      );
      await el.updateComplete;
      expect(text(el, '.indicator .facts')).to.contain(score);
      expect(text(el, '.detail')).not.to.match(/Placering|Place in/);
      const title = $$(el, '.indicator .title').find((t) => t.textContent!.startsWith('Psykosomatiska'))!;
      const words = [...title.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent)!;
      const range = document.createRange();
      range.setStart(words, 0);
      range.setEnd(words, 'Psykosomatiska'.length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, lang).to.equal(1);
      expect(title.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    }
  });

  it('writes a summary naming the strongest and weakest dimensions and the change', async () => {
    const el = await wheel(datasetInput());
    const summary = text(el, '.summary');
    expect(summary).to.match(/^Starkast är .+ \(\d+\) och svagast .+ \(\d+\)\./);
    expect(summary).to.contain('Sedan 2023');
    expect(summary).to.contain('Jämfört med Region Jönköpings län');
    expect(summary).to.contain('Utan värden: Omvårdad');
  });

  it('has a table view that is accessible', async () => {
    const el = await wheel(datasetInput());
    $<HTMLButtonElement>(el, '.view-toggle')!.click();
    await el.updateComplete;
    // The toggle's label says what it will show next (no aria-pressed beside a changing label).
    expect(text(el, '.view-toggle')).to.equal('Visa som diagram');
    expect($(el, 'svg.wheel')).to.equal(null);
    const rows = $$(el, 'table')[0]!.querySelectorAll('tbody tr');
    expect(rows).to.have.length(8);
    expect(rows[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Trygg 75 50 0 1');
    await expect(el).to.be.accessible();
  });

  it('takes labels from the attribute and from a data-labels script, beside inline data', async () => {
    const el = await wheel(undefined, { labels: '{"active":"Rör på sig"}' }, 480, (host) => {
      const data = document.createElement('script');
      data.type = 'application/json';
      data.textContent = JSON.stringify(datasetInput());
      const labels = document.createElement('script');
      labels.type = 'application/json';
      labels.dataset.labels = '';
      labels.textContent = '{"safe":{"sv":"Trygg och säker","en":"Safe and secure"},"active":"Ignoreras"}';
      // Labels first: the loader must still pick the data script.
      host.append(labels, data);
    });
    expect(el.status).to.equal('ready');
    expect($(el, '#seg-0')!.getAttribute('aria-label')).to.match(/^Trygg och säker: /);
    expect($(el, '[data-dimension=active]')!.getAttribute('aria-label')).to.match(/^Rör på sig: /);
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect($(el, '#seg-0')!.getAttribute('aria-label')).to.match(/^Safe and secure: /);
  });

  it('shows a subset in the given order', async () => {
    const el = await wheel(datasetInput(), { dimensions: 'active, safe, achieving' });
    expect($$(el, '.segment').map((s) => s.getAttribute('data-dimension'))).to.deep.equal([
      'active',
      'safe',
      'achieving',
    ]);
  });

  for (const [attr, value] of [
    ['dimensions', 'safe happy'],
    ['labels', '{"happy":"Glad"}'],
  ] as const) {
    it(`names an unknown dimension id in ${attr} and lists the allowed ids`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('bpl-wellbeing-wheel') as BplWellbeingWheel;
      el.setAttribute('area', '0680');
      el.setAttribute(attr, value);
      el.data = datasetInput();
      setTimeout(() => wrapper.append(el));
      const event = await oneEvent(el, 'bpl-error');
      expect(event.detail.code).to.equal('invalid-attribute');
      await el.updateComplete;
      const alert = $(el, '[role=alert]')!;
      expect(alert.textContent).to.contain(`Attributet ${attr} har ett ogiltigt värde: "happy"`);
      expect(alert.textContent).to.contain(
        'safe, healthy, achieving, nurtured, active, respected, responsible, included',
      );
      await expect(el).to.be.accessible();
    });
  }

  it('reports an unknown area, a bad measure and a bad comparison', async () => {
    for (const [attrs, code] of [
      [{ area: '9999' }, 'unknown-area'],
      [{ measure: 'mean' }, 'invalid-attribute'],
      [{ compare: 'kommunen' }, 'invalid-attribute'],
      [{ period: '2031' }, 'no-data'],
    ] as const) {
      const el = await wheel(datasetInput(), attrs);
      expect(el.status, JSON.stringify(attrs)).to.equal('error');
      expect(el.error?.code).to.equal(code);
      expect($(el, '[role=alert]')).to.not.equal(null);
    }
  });

  it('compares with an earlier period under the goal measure', async () => {
    const el = await wheel(datasetInput(), { measure: 'goal', compare: '2021' });
    expect(text(el, '.subtitle')).to.contain('följer målet');
    // The core's percent format: a no-break space before the sign in Swedish, none in English.
    expect($(el, '#seg-0')!.getAttribute('aria-label')).to.match(/^Trygg: 100\u00a0%\. 2021: 100\u00a0%/);
    expect(text(el, '.legend')).to.contain('Jämförelse: 2021');
    const en = await wheel(datasetInput(), { measure: 'goal', compare: '2021', lang: 'en' });
    expect($(en, '#seg-0')!.getAttribute('aria-label')).to.match(/^Safe: 100%\. 2021: 100%/);
  });

  it('resizes with its container and keeps every label inside at 300 px', async () => {
    const el = await wheel(datasetInput(), {}, 300);
    const svgEl = $<SVGSVGElement>(el, 'svg.wheel')!;
    expect(Number(svgEl.getAttribute('width'))).to.be.at.most(300);
    const box = svgEl.getBoundingClientRect();
    for (const label of $$(el, 'text.label') as SVGTextElement[]) {
      const r = label.getBoundingClientRect();
      expect(r.left).to.be.at.least(box.left - 1);
      expect(r.right).to.be.at.most(box.right + 1);
      expect(r.top).to.be.at.least(box.top - 1);
      expect(r.bottom).to.be.at.most(box.bottom + 1);
    }
    await matchSvgSnapshot(svgEl, 'wellbeing-wheel-300');
    el.parentElement!.style.width = '520px';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(Number($(el, 'svg.wheel')!.getAttribute('width'))).to.be.greaterThan(400);
  });

  it('is accessible in English and in the dark theme', async () => {
    const el = await wheel(datasetInput(), { lang: 'en', theme: 'dark' });
    expect(text(el, '[part=heading]')).to.equal('Wellbeing of children and young people in Jönköping, 2024');
    expect($(el, '[data-dimension=nurtured]')!.getAttribute('aria-label')).to.equal(
      'Nurtured: no indicators',
    );
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
    await expect(el).to.be.accessible();
  });

  it('follows prefers-color-scheme and still draws in reduced motion', async () => {
    if (!(await media({ colorScheme: 'dark', reducedMotion: 'reduce' }))) return;
    const el = await wheel(datasetInput());
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect($$(el, '.segment')).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('downloads the data as CSV without suppressed values', async () => {
    const el = await wheel(datasetInput());
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      ($$(el, '.downloads button')[0] as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(blobs).to.have.length(1);
    const csv = await blobs[0]!.text();
    expect(csv.split('\r\n')[0]).to.contain('dimension,dimension_label,measure,level');
    expect(csv).to.contain('safe,Trygg,normalised,75');
    expect(csv).to.contain('suppressed');
    expect(csv).to.not.contain('57.3');
  });

  it('renders no Lit dev-mode warnings beyond the dev-mode notice', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await wheel(datasetInput());
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => !/dev mode/i.test(w))).to.deep.equal([]);
  });
});
