import { expect } from '@open-wc/testing';

/**
 * The autoloader (`src/autoloader.ts`, built as `dist/bpl.js`), each case in a page of its own served with a
 * strict Content-Security-Policy and Trusted Types required (as a CMS may serve it): it loads a component the
 * first time its tag appears, for elements added late and inside shadow roots it is told about; loaded twice,
 * the first one serves the page; a component already registered is not loaded again.
 */
type Frame = Window & {
  console: Console;
  cspViolations: string[];
  bplAutoloader?: { observe(root: ParentNode): void };
};

async function until(check: () => unknown, what: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function page(html: string): Promise<{ win: Frame; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'autoloader';
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.src = `/test-csp/page?html=${encodeURIComponent(html)}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Frame;
  await until(() => win.bplAutoloader, 'the autoloader');
  return { win, doc: frame.contentDocument! };
}

const loader = '<script type="module" src="/src/autoloader.ts"></script>';
const moduleUrls = (win: Window, part: string) =>
  win.performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;

describe('the autoloader (dist/bpl.js)', () => {
  it('loads only the components on the page, and draws them under a strict CSP with Trusted Types', async () => {
    const { win, doc } = await page(
      `${loader}<bpl-collaboration-diagram src="/demo/data/samverkan-lan.json"></bpl-collaboration-diagram>`,
    );
    await until(() => win.customElements.get('bpl-collaboration-diagram'), 'the diagram defined');
    const el = doc.querySelector('bpl-collaboration-diagram') as HTMLElement & {
      whenSettled(): Promise<void>;
    };
    await el.whenSettled();
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(win.customElements.get('bpl-trend-chart')).to.equal(undefined);
    expect(moduleUrls(win, '/trend-chart/trend-chart.ts')).to.equal(0);
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('finds elements added later, and in a shadow root once told about it', async () => {
    const { win, doc } = await page(`${loader}<div id="host"></div>`);
    const late = doc.createElement('bpl-trend-chart');
    late.setAttribute('src', '/demo/data/barn-och-unga.json');
    late.setAttribute('indicator', 'gymnasiebehorighet');
    late.setAttribute('area', '0683');
    doc.body.append(late);
    await until(() => win.customElements.get('bpl-trend-chart'), 'the trend chart defined');

    // A shadow root the autoloader cannot see: nothing happens until it is handed over.
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const map = doc.createElement('bpl-municipality-map');
    map.setAttribute('src', '/demo/data/barn-och-unga.json');
    shadow.append(map);
    await new Promise((r) => setTimeout(r, 300));
    expect(win.customElements.get('bpl-municipality-map')).to.equal(undefined);
    win.bplAutoloader!.observe(shadow);
    await until(() => win.customElements.get('bpl-municipality-map'), 'the map defined');
    // And later additions inside that root are seen too.
    const wheel = doc.createElement('bpl-wellbeing-wheel');
    shadow.append(wheel);
    await until(() => win.customElements.get('bpl-wellbeing-wheel'), 'the wheel defined');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('loaded twice (two addresses), the first serves the page; a registered component is not loaded again', async () => {
    const warnings: string[] = [];
    const { win, doc } = await page(
      `${loader}<script type="module" src="/src/autoloader.ts?copy=2"></script>` +
        '<bpl-trend-chart src="/demo/data/barn-och-unga.json" indicator="gymnasiebehorighet" area="0683"></bpl-trend-chart>',
    );
    const original = win.console.warn;
    win.console.warn = (...args: unknown[]) => {
      const text = args.join(' ');
      // Lit's own notice in the dev server's (unbuilt) modules is no warning of ours.
      if (!text.startsWith('Lit is in dev mode')) warnings.push(text);
    };
    await until(() => win.customElements.get('bpl-trend-chart'), 'the trend chart defined');
    const first = win.bplAutoloader;
    await new Promise((r) => setTimeout(r, 200));
    expect(win.bplAutoloader).to.equal(first);
    // The chart was registered once: a second element of the tag loads nothing more.
    const before = moduleUrls(win, 'trend-chart');
    doc.body.append(doc.createElement('bpl-trend-chart'));
    await new Promise((r) => setTimeout(r, 200));
    expect(moduleUrls(win, 'trend-chart')).to.equal(before);
    win.console.warn = original;
    expect(warnings, warnings.join(' | ')).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
  });

  it('joins sync groups whichever loads first', async () => {
    const { win, doc } = await page(
      loader +
        '<bpl-trend-chart sync="a" src="/demo/data/barn-och-unga.json" indicator="gymnasiebehorighet" area="0683"></bpl-trend-chart>' +
        '<bpl-municipality-map sync="a" src="/demo/data/barn-och-unga.json" indicator="gymnasiebehorighet"></bpl-municipality-map>',
    );
    await until(
      () => win.customElements.get('bpl-trend-chart') && win.customElements.get('bpl-municipality-map'),
      'both defined',
    );
    const map = doc.querySelector('bpl-municipality-map') as HTMLElement & { whenSettled(): Promise<void> };
    await map.whenSettled();
    // The sync module came with the group: a selection sent to the group moves every member.
    // (Sent again until the module, fetched beside the components, is there.)
    await until(() => {
      doc.dispatchEvent(new CustomEvent('bpl-select', { detail: { sync: 'a', area: '0680' } }));
      return map.getAttribute('area') === '0680';
    }, 'the map to follow the group');
    await until(
      () => (doc.querySelector('bpl-trend-chart') as HTMLElement & { area?: string }).area === '0680',
      'the chart to follow',
    );
  });
});
