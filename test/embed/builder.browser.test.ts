import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

function until(check: () => boolean, what: string, timeout = 20000): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      let ok = false;
      try {
        ok = check();
      } catch {
        ok = false;
      }
      if (ok) resolve();
      else if (performance.now() - start > timeout) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(tick, 50);
    };
    tick();
  });
}

async function openFrame(src: string, width = 1100, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'test';
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.src = src;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame;
}

type BuilderDoc = Document & { defaultView: Window };

async function openBuilder(width = 1100): Promise<{ frame: HTMLIFrameElement; doc: BuilderDoc }> {
  const frame = await openFrame('/demo/index.html', width);
  const doc = frame.contentDocument as BuilderDoc;
  await until(() => doc.getElementById('data-status')!.textContent!.startsWith('Inläst'), 'the sample data');
  await until(
    () => doc.querySelector('#preview bpl-trend-chart')?.shadowRoot?.querySelector('svg') != null,
    'the preview chart',
  );
  return { frame, doc };
}

function choose(doc: Document, id: string, value: string): void {
  const select = doc.getElementById(id) as HTMLSelectElement;
  expect(
    [...select.options].map((o) => o.value),
    `${id} offers ${value}`,
  ).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(doc: Document, id: string, value: string): void {
  const input = doc.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function axe(doc: BuilderDoc): Promise<string[]> {
  const win = doc.defaultView as unknown as Window & {
    axe?: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
  };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await new Promise((r) => script.addEventListener('load', r, { once: true }));
  }
  const result = await win.axe!.run(doc);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('embed-code builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('reads the lists from the data, previews and writes both snippets', async () => {
    const { doc } = await openBuilder();
    const indicators = [...doc.querySelectorAll<HTMLOptionElement>('#f-indicator option')].map(
      (o) => o.value,
    );
    expect(indicators).to.include.members(['gymnasiebehorighet', 'skolnarvaro', 'fysisk-aktivitet']);
    const areas = [...doc.querySelectorAll<HTMLOptionElement>('#f-area option')].map((o) => o.textContent);
    expect(areas).to.include.members(['Värnamo', 'Jönköping', 'Aneby']);

    choose(doc, 'f-indicator', 'skolnarvaro');
    choose(doc, 'f-area', '0683');
    choose(doc, 'f-lang', 'en');
    const preview = doc.querySelector('#preview bpl-trend-chart')!;
    expect(preview.getAttribute('indicator')).to.equal('skolnarvaro');
    expect(preview.getAttribute('area')).to.equal('0683');
    expect(preview.getAttribute('lang')).to.equal('en');
    const code = (doc.getElementById('code-script') as HTMLTextAreaElement).value;
    expect(code).to.match(
      /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@bastaplatsen\/viz@[\d.]+\/dist\/bpl\.js"><\/script>/,
    );
    expect(code).to.include('<bpl-trend-chart');
    expect(code).to.include('indicator="skolnarvaro"');
    expect(code).to.include('area="0683"');
    expect(code).to.include('lang="en"');
    const iframe = (doc.getElementById('code-iframe') as HTMLTextAreaElement).value;
    expect(iframe).to.include('embed.html?component=trend-chart');
    expect(iframe).to.include('indicator=skolnarvaro');
    expect(iframe).to.include("'bpl-embed-height'");
    // The frame's title in the chosen language, as a screen reader on that page reads it.
    expect(iframe).to.include('title="Trend chart – Pupils with high absence, grades 7–9 – Värnamo"');
    (doc.getElementById('f-host-script') as HTMLInputElement).click();
    expect((doc.getElementById('code-iframe') as HTMLTextAreaElement).value).not.to.include('<script');

    // The wheel has no indicator list; its periods and areas come from all indicators.
    (doc.querySelector('input[value="wellbeing-wheel"]') as HTMLInputElement).click();
    await until(() => doc.querySelector('#preview bpl-wellbeing-wheel') != null, 'the wheel preview');
    expect((doc.getElementById('f-indicator')!.closest('.field') as HTMLElement).hidden).to.equal(true);
    expect(doc.querySelectorAll('#f-period option').length).to.be.greaterThan(5);

    // The diagram takes a structure: the sample list switches to structures.
    (doc.querySelector('input[value="collaboration-diagram"]') as HTMLInputElement).click();
    await until(() => doc.getElementById('data-status')!.textContent!.includes('grupper'), 'a structure');
    expect((doc.getElementById('f-sample') as HTMLSelectElement).value).to.match(/samverkan/);
    expect(doc.querySelectorAll('#f-selected option').length).to.be.greaterThan(3);
  });

  it('says clearly when a data address cannot be read', async () => {
    const { doc } = await openBuilder();
    (doc.querySelector('input[value="url"]') as HTMLInputElement).click();
    type(doc, 'f-url', '/demo/data/finns-inte.json');
    (doc.getElementById('f-load') as HTMLButtonElement).click();
    const status = doc.getElementById('data-status')!;
    await until(() => status.classList.contains('error'), 'the error');
    expect(status.textContent).to.include('404');
    expect(status.getAttribute('role')).to.equal('status');
  });

  it('checks a file on the computer before it is published: errors with their place, a preview, no snippet', async () => {
    const { doc } = await openBuilder();
    const frameWindow = doc.defaultView as Window & typeof globalThis;
    const pick = (name: string, text: string) => {
      const input = doc.getElementById('f-file') as HTMLInputElement;
      const files = new frameWindow.DataTransfer();
      files.items.add(new frameWindow.File([text], name));
      input.files = files.files;
      input.dispatchEvent(new frameWindow.Event('change', { bubbles: true }));
    };
    const status = doc.getElementById('data-status')!;
    const snippet = () => (doc.getElementById('code-script') as HTMLTextAreaElement).value;
    const note = doc.getElementById('code-script-problem')!;
    (doc.querySelector('input[value="file"]') as HTMLInputElement).click();
    expect(
      (doc.getElementById('f-file') as HTMLInputElement).closest<HTMLElement>('.field')!.hidden,
    ).to.equal(false);
    expect(status.textContent).to.equal('Välj en fil på datorn.');

    // This year's file, with a comma for a decimal point: the message says where, and there is no snippet.
    const good = await (await fetch('/demo/data/barn-och-unga.json')).text();
    pick('barn-och-unga.json', good.replace(/"value": ?(\d+)\.(\d)/, '"value": "$1,$2"'));
    await until(() => status.classList.contains('error'), 'the schema error');
    expect(status.textContent).to.match(
      /Data följer inte formatet: ett fel\. indicators\[\d+\]\.data\[\d+\]\.value/,
    );
    expect(snippet()).to.equal('');
    expect(note.classList.contains('error')).to.equal(true);
    expect(note.textContent).to.include('datafilen kunde inte läsas');

    // Corrected: read again, drawn in the preview from the file; still no snippet, but why.
    pick('barn-och-unga.json', good);
    await until(() => status.textContent!.startsWith('Inläst'), 'the corrected file');
    expect(status.textContent).to.match(
      /^Inläst från barn-och-unga\.json: .*, 11 indikatorer\. Inga fel hittades\.$/,
    );
    // The picker is emptied, so that the same file, saved again, can be chosen again.
    expect((doc.getElementById('f-file') as HTMLInputElement).files).to.have.length(0);
    const chart = doc.querySelector('#preview bpl-trend-chart') as HTMLElement & { status: string };
    await until(() => chart.shadowRoot?.querySelector('svg') != null, 'the preview from the file');
    expect(chart.hasAttribute('src')).to.equal(false);
    expect(snippet()).to.equal('');
    expect(note.classList.contains('error')).to.equal(false);
    expect(note.textContent).to.include('lägg upp filen');

    // A CSV file too.
    pick('narvaro.csv', 'kommun;år;värde\n0680;2022;61,5\n0680;2023;63\n');
    await until(() => /Inga fel|kunde inte/.test(status.textContent!), 'the CSV');
    expect(status.textContent).to.match(/^Inläst från narvaro\.csv: .*, 1 indikator\. Inga fel hittades\.$/);

    // Another component checks the same file again, from what was read when it was chosen.
    (doc.querySelector('input[value="municipality-map"]') as HTMLInputElement).click();
    await until(
      () =>
        (doc.querySelector('#preview bpl-municipality-map') as (HTMLElement & { status: string }) | null)
          ?.status === 'ready',
      'the map from the file',
    );
    expect(status.textContent).to.match(/^Inläst från narvaro\.csv: /);
  });

  it('says next to the field when an address lacks https://, and never keeps a stale snippet', async () => {
    const { doc } = await openBuilder();
    const embed = doc.getElementById('f-embed') as HTMLInputElement;
    const code = () => (doc.getElementById('code-iframe') as HTMLTextAreaElement).value;
    type(doc, 'f-embed', 'www.kommun.se/bpl/embed.html');
    const error = doc.getElementById('f-embed-error')!;
    expect(embed.getAttribute('aria-invalid')).to.equal('true');
    expect(embed.getAttribute('aria-describedby')!.split(' ')).to.include('f-embed-error');
    expect(error.hidden).to.equal(false);
    expect(error.textContent).to.include('Menade du https://www.kommun.se/bpl/embed.html?');
    expect(code()).to.equal('');
    expect(doc.getElementById('code-iframe-problem')!.textContent).to.include('inbäddningssidan');
    expect(doc.getElementById('code-iframe-problem')!.classList.contains('error')).to.equal(true);
    // Another component: still no code made from the old choices.
    (doc.querySelector('input[value="wellbeing-wheel"]') as HTMLInputElement).click();
    await until(() => doc.querySelector('#preview bpl-wellbeing-wheel') != null, 'the wheel preview');
    expect(code()).to.equal('');
    type(doc, 'f-embed', 'https://www.kommun.se/bpl/embed.html');
    expect(embed.hasAttribute('aria-invalid')).to.equal(false);
    expect(embed.getAttribute('aria-describedby')).to.equal('f-embed-hint');
    expect(error.hidden).to.equal(true);
    expect(code()).to.include('src="https://www.kommun.se/bpl/embed.html?component=wellbeing-wheel');

    // bpl.js: a host name without a scheme is not taken as a path on this site; a real path is fine.
    const script = () => (doc.getElementById('code-script') as HTMLTextAreaElement).value;
    type(doc, 'f-script', 'www.kommun.se/bpl/bpl.js');
    expect(doc.getElementById('f-script')!.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.getElementById('f-script-error')!.textContent).to.include('https://www.kommun.se/bpl/bpl.js');
    expect(script()).to.equal('');
    type(doc, 'f-script', '/bpl/bpl.js');
    expect(script()).to.include('<script type="module" src="/bpl/bpl.js"></script>');
    expect(doc.getElementById('f-script')!.hasAttribute('aria-invalid')).to.equal(false);
    expect(await axe(doc)).to.deep.equal([]);
  });

  it('shows a neutral hint, not an error, until an own data address is given', async () => {
    const { doc } = await openBuilder();
    (doc.querySelector('input[value="url"]') as HTMLInputElement).click();
    const preview = doc.getElementById('preview')!;
    expect(preview.querySelector('bpl-trend-chart') === null, 'no component without data').to.equal(true);
    expect(preview.querySelector('.preview-hint')?.textContent).to.include('datafilens adress');
    expect(doc.getElementById('data-status')!.classList.contains('error')).to.equal(false);
    expect((doc.getElementById('code-script') as HTMLTextAreaElement).value).to.equal('');
    const note = doc.getElementById('code-script-problem')!;
    expect(note.hidden).to.equal(false);
    expect(note.classList.contains('error')).to.equal(false);
    // A host name without https:// is not fetched from this site: the field says so.
    type(doc, 'f-url', 'www.kommun.se/data/barn-och-unga.json');
    (doc.getElementById('f-load') as HTMLButtonElement).click();
    expect(doc.getElementById('f-url')!.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.getElementById('f-url-error')!.textContent).to.include(
      'https://www.kommun.se/data/barn-och-unga.json',
    );
    expect(preview.querySelector('.preview-hint') !== null, 'the hint stays').to.equal(true);
    type(doc, 'f-url', '/demo/data/barn-och-unga.json');
    expect(doc.getElementById('f-url-error')!.hidden).to.equal(true);
    (doc.getElementById('f-load') as HTMLButtonElement).click();
    await until(
      () => preview.querySelector('bpl-trend-chart')?.shadowRoot?.querySelector('svg') != null,
      'the chart from the own address',
    );
    expect(doc.getElementById('data-status')!.textContent).to.match(/^Inläst: .*, 11 indikatorer\.$/);
    // The snippet keeps the address as typed: a path on the editor's own site, not one on the builder's.
    const snippet = (doc.getElementById('code-script') as HTMLTextAreaElement).value;
    expect(snippet).to.include('src="/demo/data/barn-och-unga.json"');
    expect(snippet).not.to.include(location.host);
  });

  it('chooses the years a trend chart shows: to offers only years after from', async () => {
    const { doc } = await openBuilder();
    const values = (id: string) =>
      [...doc.querySelectorAll<HTMLOptionElement>(`#${id} option`)].map((o) => o.value);
    const from = values('f-from');
    expect(from[0]).to.equal('');
    expect(from.length).to.be.greaterThan(3);
    choose(doc, 'f-from', from[2]!);
    const to = values('f-to').slice(1);
    expect(to.length).to.be.greaterThan(0);
    expect(
      to.every((p) => p > from[2]!),
      `${to.join(', ')} after ${from[2]!}`,
    ).to.equal(true);
    choose(doc, 'f-to', to[0]!);
    const code = (doc.getElementById('code-script') as HTMLTextAreaElement).value;
    expect(code).to.include(`from="${from[2]!}"`);
    expect(code).to.include(`to="${to[0]!}"`);
    const chart = doc.querySelector('#preview bpl-trend-chart') as HTMLElement & { status: string };
    expect(chart.getAttribute('from')).to.equal(from[2]);
    await until(() => chart.status === 'ready', 'the chart with its years');
    // Not offered to the map, which shows one year.
    (doc.querySelector('input[value="municipality-map"]') as HTMLInputElement).click();
    await until(() => doc.querySelector('#preview bpl-municipality-map') != null, 'the map');
    expect((doc.getElementById('code-script') as HTMLTextAreaElement).value).not.to.include('from=');
  });

  it('counts in the right number: 1 indikator', async () => {
    const { doc } = await openBuilder();
    (doc.querySelector('input[value="url"]') as HTMLInputElement).click();
    type(doc, 'f-url', '/test-api/dataset');
    (doc.getElementById('f-load') as HTMLButtonElement).click();
    const status = doc.getElementById('data-status')!;
    await until(() => status.textContent!.startsWith('Inläst'), 'the one-indicator file');
    expect(status.textContent).to.equal('Inläst: Testdata, 1 indikator.');
  });

  it('offers only groups and periods with values for the chosen indicator and area', async () => {
    const { doc } = await openBuilder();
    const values = (id: string) =>
      [...doc.querySelectorAll<HTMLOptionElement>(`#${id} option`)].map((o) => o.value);
    choose(doc, 'f-indicator', 'psykiskt-valbefinnande');
    choose(doc, 'f-area', '0680');
    expect(values('f-group')).to.deep.equal(['', 'girls', 'boys', 'split']);
    choose(doc, 'f-group', 'girls');
    // Aneby's girls' and boys' values are suppressed (too few answers): only "Alla" is offered.
    choose(doc, 'f-area', '0604');
    expect(values('f-group')).to.deep.equal(['']);
    const preview = doc.querySelector('#preview bpl-trend-chart') as HTMLElementTagNameMap['bpl-trend-chart'];
    expect(preview.hasAttribute('group')).to.equal(false);
    await preview.whenSettled();
    expect(preview.status).to.equal('ready');
  });

  it('lists each wheel period once and never compares a period with itself', async () => {
    const { doc } = await openBuilder();
    (doc.querySelector('input[value="wellbeing-wheel"]') as HTMLInputElement).click();
    await until(() => doc.querySelector('#preview bpl-wellbeing-wheel') != null, 'the wheel preview');
    const options = (id: string) => [...doc.querySelectorAll<HTMLOptionElement>(`#${id} option`)];
    const periods = options('f-period');
    expect(periods[0]!.textContent).to.equal('2024 och 2023/24 (senaste, standard)');
    expect(periods.map((o) => o.value)).not.to.include('2023/24');
    const labels = periods.map((o) => o.textContent);
    expect(new Set(labels).size).to.equal(labels.length);
    const compared = () => options('f-compare').map((o) => o.value);
    expect(compared()).not.to.include.members(['2024']);
    expect(compared()).not.to.include('2023/24');
    expect(compared()).to.include('2023');
    choose(doc, 'f-period', '2020');
    expect(compared()).not.to.include('2020');
    expect(compared()).not.to.include('2019/20');
    expect(compared()).not.to.include('2022');
    choose(doc, 'f-compare', '2019');
    const wheel = doc.querySelector('#preview bpl-wellbeing-wheel')!;
    expect(wheel.getAttribute('period')).to.equal('2020');
    expect(wheel.getAttribute('compare')).to.equal('2019');
    // Choosing the compared period as the period drops it from the comparisons (back to the default).
    choose(doc, 'f-period', '2019');
    expect((doc.getElementById('f-compare') as HTMLSelectElement).value).to.equal('');
    expect(wheel.hasAttribute('compare')).to.equal(false);
  });

  it('is usable by keyboard, accessible to axe and fits 320 px', async () => {
    const { frame, doc } = await openBuilder(320);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    expect(await axe(doc)).to.deep.equal([]);
    frame.focus();
    (doc.querySelector('input[value="trend-chart"]') as HTMLInputElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => doc.querySelector('#preview bpl-municipality-map') != null, 'the map preview');
    expect((doc.querySelector('input[name="component"]:checked') as HTMLInputElement).value).to.equal(
      'municipality-map',
    );
    await until(
      () => doc.querySelector('#preview bpl-municipality-map')?.shadowRoot?.querySelector('svg') != null,
      'the map drawn',
    );
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('makes a snippet that renders on a blank page with a strict CSP and Trusted Types required', async () => {
    const { doc } = await openBuilder();
    choose(doc, 'f-indicator', 'fysisk-aktivitet');
    choose(doc, 'f-area', '0683');
    // The bundle from this server ('self'); in production the same file is dist/bpl.js.
    type(doc, 'f-script', new URL('/src/bundle.ts', location.href).href);
    const snippet = (doc.getElementById('code-script') as HTMLTextAreaElement).value;
    expect(snippet).to.include('/src/bundle.ts');

    const frame = await openFrame(`/test-csp/page?html=${encodeURIComponent(snippet)}`, 900, 900);
    const win = frame.contentWindow as Window & { cspViolations: string[] };
    const page = frame.contentDocument!;
    await until(
      () => page.querySelector('bpl-trend-chart')?.shadowRoot?.querySelector('svg path') != null,
      'the chart under the strict CSP',
    );
    const chart = page.querySelector('bpl-trend-chart')!;
    await chart.whenSettled();
    expect(chart.status).to.equal('ready');
    expect(chart.shadowRoot!.textContent).to.include('Värnamo');
    expect(win.cspViolations).to.deep.equal([]);

    // The policy really is enforced: eval is refused, and (where supported) so is a plain string as HTML.
    expect(() => (win as unknown as { eval(s: string): unknown }).eval('1')).to.throw();
    if ('trustedTypes' in win) {
      const probe = page.createElement('div');
      expect(() => {
        (probe as unknown as Record<string, unknown>)['inner' + 'HTML'] = '<b>x</b>';
      }).to.throw();
    }
    await until(() => win.cspViolations.length > 0, 'the probe violations to be reported');
  });
});
