import { expect } from '@open-wc/testing';
import {
  EMBED_DEFAULT_HEIGHT,
  HOST_SCRIPT,
  embedUrl,
  escapeAttribute,
  iframeSnippet,
  type EmbedComponent,
} from '../../demo/embed-code.js';

const DATA = new URL('/demo/data/barn-och-unga.json', location.href).href;
const EMBED_PAGE = new URL('/demo/embed.html', location.href).href;

/** Runs the host script exactly as the guide and the builder give it. */
function installHostScript(): void {
  if (document.querySelector('script[data-host]')) return;
  const parsed = new DOMParser().parseFromString(HOST_SCRIPT, 'text/html');
  const script = document.createElement('script');
  script.dataset.host = '';
  script.textContent = parsed.querySelector('script')!.textContent;
  document.head.append(script);
}

function until(check: () => boolean, what: string, timeout = 15000): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (performance.now() - start > timeout) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(tick, 50);
    };
    tick();
  });
}

function mountFrame(html: string): HTMLIFrameElement {
  const holder = document.createElement('div');
  holder.style.width = '760px';
  holder.append(document.createRange().createContextualFragment(html)); // the snippet an editor pastes
  document.body.append(holder);
  return holder.querySelector('iframe')!;
}

const contentHeight = (frame: HTMLIFrameElement) =>
  Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);

/** The iframe snippet of a trend chart of school attendance in Jönköping, loaded at once (not lazily). */
function mountSchoolAttendanceFrame(): HTMLIFrameElement {
  return mountFrame(
    iframeSnippet({
      component: 'trend-chart',
      attributes: [
        ['src', DATA],
        ['indicator', 'skolnarvaro'],
        ['area', '0680'],
      ],
      lang: 'sv',
      embedPage: EMBED_PAGE,
      title: 'Skolnärvaro',
      withHostScript: false,
    }).replace(' loading="lazy"', ''),
  );
}

describe('embed page in an iframe', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.parentElement!.remove()));

  it('makes a snippet whose iframe keeps a fixed height without the host script', () => {
    const snippet = iframeSnippet({
      component: 'trend-chart',
      attributes: [
        ['src', DATA],
        ['indicator', 'skolnarvaro'],
        ['area', '0680'],
        ['heading', 'A "quoted" <title>'],
      ],
      lang: 'sv',
      embedPage: EMBED_PAGE,
      title: 'Skolnärvaro i Jönköping',
      withHostScript: false,
    });
    expect(snippet).to.include(`height="${EMBED_DEFAULT_HEIGHT['trend-chart']}"`);
    expect(snippet).to.include('title="Skolnärvaro i Jönköping"');
    expect(snippet).not.to.include('<script');
    expect(snippet).not.to.include('<title>');
    expect(escapeAttribute('a"<b>&')).to.equal('a&quot;&lt;b&gt;&amp;');
  });

  it('follows the height of its content through postMessage and the two-line host script', async () => {
    installHostScript();
    const messages: number[] = [];
    const listener = (e: MessageEvent) => {
      if (e.data?.type === 'bpl-embed-height') messages.push(e.data.height);
    };
    window.addEventListener('message', listener);
    const frame = mountSchoolAttendanceFrame();
    await until(
      () => frame.contentDocument?.querySelector('bpl-trend-chart')?.shadowRoot?.querySelector('svg') != null,
      'the chart inside the iframe',
    );
    const chart = frame.contentDocument!.querySelector('bpl-trend-chart')!;
    await chart.whenSettled();
    await until(
      () => frame.style.height === `${contentHeight(frame)}px`,
      'the iframe to take its content height',
    );
    const drawn = frame.getBoundingClientRect().height;
    expect(drawn).to.not.equal(EMBED_DEFAULT_HEIGHT['trend-chart']);
    expect(Math.abs(drawn - contentHeight(frame))).to.be.below(1.5);
    // The embed page took only the declared attributes from the address.
    expect(chart.getAttribute('indicator')).to.equal('skolnarvaro');

    // The content grows (the table view): the iframe follows.
    chart.viewMode = 'table';
    await chart.updateComplete;
    await until(
      () => Math.abs(frame.getBoundingClientRect().height - drawn) > 20,
      'the iframe to follow the table view',
    );
    await until(() => frame.style.height === `${contentHeight(frame)}px`, 'the table height');
    // Narrower: the content reflows and the iframe follows again.
    const before = frame.style.height;
    frame.parentElement!.style.width = '320px';
    await until(() => frame.style.height !== before, 'the iframe to follow a narrower column');
    await until(() => frame.style.height === `${contentHeight(frame)}px`, 'the narrow height');
    expect(messages.length).to.be.greaterThan(1);
    window.removeEventListener('message', listener);
  });

  it('sends its first height only once the chart is drawn, also below the fold', async () => {
    installHostScript();
    // A frame far below the fold: it must still get its drawn height without being scrolled to.
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.prepend(spacer);
    const frame = mountSchoolAttendanceFrame();
    const heights: number[] = [];
    const listener = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && e.data?.type === 'bpl-embed-height')
        heights.push(e.data.height);
    };
    window.addEventListener('message', listener);
    try {
      await until(() => heights.length > 0, 'the first height message');
      const chart = frame.contentDocument!.querySelector('bpl-trend-chart')!;
      await chart.whenSettled();
      expect(chart.shadowRoot!.querySelector('svg')).to.not.equal(null);
      // Not the empty page (4 px) nor the loading placeholder (320 px), but the drawn chart.
      expect(heights[0]).to.be.above(400);
      expect(Math.abs(heights[0]! - contentHeight(frame))).to.be.below(2);
      expect(frame.style.height).to.equal(`${heights[0]}px`);
    } finally {
      window.removeEventListener('message', listener);
      spacer.remove();
    }
  });

  it('sends the height of the error box once it is shown', async () => {
    const frame = mountFrame(
      `<iframe src="${EMBED_PAGE}?component=trend-chart&src=${encodeURIComponent(DATA)}&indicator=finns-inte" title="t"></iframe>`,
    );
    const heights: number[] = [];
    const listener = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && e.data?.type === 'bpl-embed-height')
        heights.push(e.data.height);
    };
    window.addEventListener('message', listener);
    try {
      await until(() => heights.length > 0, 'the first height message');
      const chart = frame.contentDocument!.querySelector('bpl-trend-chart')!;
      expect(chart.status).to.equal('error');
      expect(heights[0]).to.equal(contentHeight(frame));
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  it('has fixed heights that fit each component at 640 and 800 px without an inner scrollbar', async () => {
    const data = (file: string) => new URL(`/demo/data/${file}`, location.href).href;
    const cases: [EmbedComponent, [string, string][], 'sv' | 'en'][] = [
      [
        'trend-chart',
        [
          ['src', DATA],
          ['indicator', 'psykiskt-valbefinnande'],
          ['area', '0683'],
          ['group', 'split'],
        ],
        'sv',
      ],
      [
        'trend-chart',
        [
          ['src', DATA],
          ['indicator', 'psykiskt-valbefinnande'],
          ['area', '0683'],
        ],
        'en',
      ],
      [
        'municipality-map',
        [
          ['src', DATA],
          ['indicator', 'fysisk-aktivitet'],
          ['area', '0683'],
        ],
        'sv',
      ],
      [
        'municipality-map',
        [
          ['src', DATA],
          ['indicator', 'gymnasiebehorighet'],
          ['area', '0683'],
        ],
        'en',
      ],
      [
        'wellbeing-wheel',
        [
          ['src', DATA],
          ['area', '0683'],
        ],
        'en',
      ],
      ['collaboration-diagram', [['src', data('samverkan-jonkoping.json')]], 'sv'],
      ['collaboration-diagram', [['src', data('samverkan-lan.json')]], 'sv'],
      ['collaboration-diagram', [['src', data('samverkan-lan.json')]], 'en'],
    ];
    const tooSmall: string[] = [];
    for (const width of [640, 800]) {
      const frames = cases.map(([component, attributes, lang]) => {
        const frame = mountFrame(
          iframeSnippet({
            component,
            attributes,
            lang,
            embedPage: EMBED_PAGE,
            title: 't',
            withHostScript: false,
          }).replace(' loading="lazy"', ''),
        );
        frame.parentElement!.style.width = `${width}px`;
        return frame;
      });
      await until(
        () =>
          frames.every((f) => f.contentDocument?.querySelector('#embed > *')?.localName.startsWith('bpl-')),
        'the components',
      );
      for (const [i, frame] of frames.entries()) {
        const el = frame.contentDocument!.querySelector('#embed > *') as HTMLElement & {
          whenSettled(): Promise<void>;
          status: string;
        };
        await el.whenSettled();
        await new Promise((r) => setTimeout(r, 100)); // a width change redraws after a ResizeObserver callback
        const [component, attributes, lang] = cases[i]!;
        expect(el.status, `${component} ${lang}`).to.equal('ready');
        // The content's own height (the host script of the tests above may already have resized the frame).
        const height = contentHeight(frame);
        if (height > EMBED_DEFAULT_HEIGHT[component])
          tooSmall.push(`${component} ${attributes.at(-1)!.join('=')} ${lang} at ${width}px: ${height}`);
      }
      frames.forEach((f) => f.parentElement!.remove());
    }
    expect(tooSmall).to.deep.equal([]);
  });

  it('takes only declared attributes from the address, never event handlers', async () => {
    const url = new URL(
      embedUrl({
        component: 'trend-chart',
        attributes: [
          ['src', DATA],
          ['indicator', 'skolnarvaro'],
          ['area', '0680'],
        ],
        lang: 'en',
        embedPage: EMBED_PAGE,
      }),
    );
    url.searchParams.set('onclick', 'alert(1)');
    url.searchParams.set('style', 'display:none');
    const frame = mountFrame(`<iframe src="${escapeAttribute(url.href)}" title="t"></iframe>`);
    await until(() => frame.contentDocument?.querySelector('bpl-trend-chart') != null, 'the element');
    const chart = frame.contentDocument!.querySelector('bpl-trend-chart')!;
    expect(chart.hasAttribute('onclick')).to.equal(false);
    expect(chart.hasAttribute('style')).to.equal(false);
    expect(chart.getAttribute('area')).to.equal('0680');
    expect(frame.contentDocument!.documentElement.lang).to.equal('en');
  });

  it('shows a readable message for an unknown component', async () => {
    const frame = mountFrame(`<iframe src="${EMBED_PAGE}?component=pie-chart" title="t"></iframe>`);
    await until(() => frame.contentDocument?.querySelector('[role="alert"]') != null, 'the message');
    expect(frame.contentDocument!.querySelector('[role="alert"]')!.textContent).to.include('pie-chart');
  });
});
