import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/collaboration-diagram/collaboration-diagram.js';
import type { BplCollaborationDiagram } from '../../src/components/collaboration-diagram/collaboration-diagram.js';
import { matchSvgSnapshot } from '../helpers/snapshot.js';

/** A small structure: one political body, one preparing body, three local groups (one group), a body that
 * reports to two others, and a collaboration. */
function structure(): Record<string, unknown> {
  return {
    meta: {
      title: { sv: 'Testsamverkan', en: 'Test collaboration' },
      source: { name: 'Test', url: 'https://example.org/' },
    },
    groups: [
      {
        id: 'lsg',
        name: { sv: 'Lokala grupper', en: 'Local groups' },
        shortName: 'LSG',
        description: 'En per område.',
      },
    ],
    bodies: [
      {
        id: 'sbu',
        shortName: 'SBU',
        name: 'Styrgrupp barn och unga',
        level: 'political',
        sectors: ['school', 'social-services'],
        purpose: 'Beslutar om inriktningen.',
        meets: 'fyra gånger per år',
        links: [{ label: 'Mer om SBU', url: 'https://example.org/sbu' }],
        contacts: [{ role: 'Sekreterare', email: 'sbu@example.org', phone: '036-10 00 00' }],
      },
      { id: 'forum', name: 'Kommunalt forum', level: 'political', sectors: ['health-care'] },
      {
        id: 'bbu',
        shortName: 'BBU',
        name: 'Beredningsgrupp barn och unga',
        level: 'strategic',
        members: [
          { sector: 'school', description: 'skolchef' },
          { sector: 'police', description: 'kommunpolis' },
        ],
      },
      {
        id: 'lsg-a',
        shortName: 'LSG',
        name: 'LSG Norr',
        level: 'operational',
        group: 'lsg',
        sectors: ['school', 'police'],
      },
      {
        id: 'lsg-b',
        shortName: 'LSG',
        name: 'LSG Söder',
        level: 'operational',
        group: 'lsg',
        sectors: ['school'],
      },
      {
        id: 'lsg-c',
        shortName: 'LSG',
        name: 'LSG Väster',
        level: 'operational',
        group: 'lsg',
        sectors: ['leisure-culture'],
      },
      { id: 'ungdom', name: 'Ungdomsråd', level: 'operational', sectors: ['children-youth'] },
    ],
    relations: [
      { from: 'bbu', to: 'sbu', type: 'prepares-for' },
      { from: 'bbu', to: 'forum', type: 'reports-to' },
      { from: 'lsg-a', to: 'bbu', type: 'reports-to' },
      { from: 'lsg-b', to: 'bbu', type: 'reports-to' },
      { from: 'lsg-c', to: 'bbu', type: 'reports-to' },
      { from: 'ungdom', to: 'sbu', type: 'collaborates-with' },
    ],
  };
}

async function make(
  template = html`<bpl-collaboration-diagram .data=${structure()}></bpl-collaboration-diagram>`,
  width = 900,
) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('bpl-collaboration-diagram') as BplCollaborationDiagram;
  await el.whenSettled();
  // Let the ResizeObserver report the width and the element redraw.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const tree = (el: Element) => root(el).querySelector('[role="tree"]')!;
const item = (el: Element, key: string) =>
  root(el).querySelector<HTMLElement>(`[role="treeitem"][data-key="${key}"]`)!;
const box = (el: Element, key: string) => root(el).querySelector<SVGGElement>(`[data-box="${key}"]`)!;
const focusedKey = (el: Element) => (root(el).activeElement as HTMLElement | null)?.getAttribute('data-key');
const settle = async (el: BplCollaborationDiagram) => {
  await el.updateComplete;
  await el.updateComplete;
};

describe('bpl-collaboration-diagram', () => {
  it('draws the structure as a tree of bands, boxes and a collapsed group', async () => {
    const el = await make();
    const svg = tree(el);
    expect(svg.tagName.toLowerCase()).to.equal('svg');
    expect(svg.getAttribute('aria-label')).to.contain('Testsamverkan');
    expect(item(el, 'level:political').getAttribute('aria-level')).to.equal('1');
    expect(item(el, 'body:sbu').getAttribute('aria-level')).to.equal('2');
    expect(item(el, 'body:sbu').getAttribute('aria-selected')).to.equal('false');
    const group = item(el, 'group:lsg:operational');
    expect(group.getAttribute('aria-expanded')).to.equal('false');
    expect(group.getAttribute('aria-label')).to.contain('3 lokala grupper');
    expect(item(el, 'body:lsg-a')).to.equal(null);
    // Exactly one item in the tab order.
    expect(root(el).querySelectorAll('[role="treeitem"][tabindex="0"]')).to.have.length(1);
    // Sector marks are letters, with a legend naming them.
    expect(box(el, 'body:sbu').textContent).to.contain('Sk');
    expect(box(el, 'group:lsg:operational').textContent).to.contain('lokala grupper');
    expect(root(el).querySelector('.legend')!.textContent).to.contain('Socialtjänst');
    await expect(el).to.be.accessible();
  });

  it('writes a summary: bodies per level and the way to the decision-makers', async () => {
    const el = await make();
    const text = root(el).querySelector('.summary')!.textContent!;
    expect(text).to.contain('7 organ');
    expect(text).to.contain('2 på politisk nivå');
    expect(text).to.contain('3 lokala grupper rapporterar till BBU');
    expect(text).to.contain('BBU bereder ärenden för SBU');
    expect(text).to.contain('BBU rapporterar till Kommunalt forum');
  });

  it('draws a body that reports to two others with two arrows', async () => {
    const el = await make();
    const edges = [...root(el).querySelectorAll('.edge')].filter((e) => e.closest('svg.diagram'));
    expect(edges.filter((e) => e.classList.contains('reports-to'))).to.have.length(2);
    expect(edges.filter((e) => e.classList.contains('prepares-for'))).to.have.length(1);
    expect(edges.filter((e) => e.classList.contains('collaborates-with'))).to.have.length(1);
    expect(edges.filter((e) => e.querySelector('polygon'))).to.have.length(3);
  });

  it('moves through the tree with the keyboard and opens the detail with Enter', async () => {
    const el = await make();
    item(el, 'level:political').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focusedKey(el)).to.equal('body:sbu');
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(focusedKey(el)).to.equal('body:ungdom');
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focusedKey(el)).to.equal('group:lsg:operational');
    // Right expands, Right again enters the first member.
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(item(el, 'group:lsg:operational').getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'body:lsg-a')).to.not.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedKey(el)).to.equal('body:lsg-a');
    expect(item(el, 'body:lsg-a').getAttribute('aria-level')).to.equal('3');
    // Left goes to the parent, - collapses, + expands.
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedKey(el)).to.equal('group:lsg:operational');
    await sendKeys({ press: '-' });
    await settle(el);
    expect(item(el, 'group:lsg:operational').getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: '+' });
    await settle(el);
    expect(item(el, 'group:lsg:operational').getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focusedKey(el)).to.equal('level:political');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const selected = oneEvent(el, 'bpl-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ body: 'sbu' });
    await settle(el);
    expect(el.selected).to.equal('sbu');
    expect(item(el, 'body:sbu').getAttribute('aria-selected')).to.equal('true');
    const detail = root(el).querySelector('.detail')!;
    expect(root(el).activeElement).to.equal(detail.querySelector('[role="heading"]'));
    expect(detail.textContent).to.contain('Beslutar om inriktningen.');
    expect(detail.textContent).to.contain('fyra gånger per år');
    expect(detail.textContent).to.contain('Ärenden bereds av');
    expect(detail.querySelector('a[href="https://example.org/sbu"]')).to.not.equal(null);
    expect(detail.querySelector('a[href="mailto:sbu@example.org"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    // Closing returns focus to the body in the tree.
    (detail.querySelector('button.close') as HTMLButtonElement).click();
    await settle(el);
    expect(el.selected).to.equal(undefined);
    expect(focusedKey(el)).to.equal('body:sbu');
  });

  it('collapses a level with Left and shows how many bodies it holds', async () => {
    const el = await make();
    item(el, 'level:operational').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    const level = item(el, 'level:operational');
    expect(level.getAttribute('aria-expanded')).to.equal('false');
    expect(level.getAttribute('aria-label')).to.contain('4 organ');
    expect(root(el).querySelector('svg.diagram')!.textContent).to.contain('Operativ nivå (4 organ)');
    expect(item(el, 'group:lsg:operational')).to.equal(null);
  });

  it('keeps one item in the tab order when the focused one is hidden', async () => {
    const el = await make();
    item(el, 'body:ungdom').focus();
    await settle(el);
    item(el, 'level:operational').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    const tabbable = root(el).querySelectorAll('[role="treeitem"][tabindex="0"]');
    expect(tabbable).to.have.length(1);
    expect(tabbable[0]!.getAttribute('data-key')).to.equal('level:operational');
  });

  it('expands a group when clicked', async () => {
    const el = await make();
    item(el, 'group:lsg:operational').dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    await settle(el);
    expect(item(el, 'group:lsg:operational').getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).querySelectorAll('.frame')).to.have.length(1);
    expect(item(el, 'body:lsg-b')).to.not.equal(null);
  });

  it('selects from outside with the selected attribute, expanding the group', async () => {
    const el = await make(
      html`<bpl-collaboration-diagram .data=${structure()} selected="lsg-b"></bpl-collaboration-diagram>`,
    );
    expect(item(el, 'body:lsg-b').getAttribute('aria-selected')).to.equal('true');
    expect(root(el).querySelector('.detail')!.textContent).to.contain('LSG Söder');
    el.selected = 'bbu';
    await settle(el);
    const detail = root(el).querySelector('.detail')!;
    expect(detail.textContent).to.contain('skolchef');
    expect(detail.textContent).to.contain('Polis');
    expect(detail.textContent).to.contain('Får rapporter från');
    await expect(el).to.be.accessible();
  });

  it('highlights every body where a sector is represented and says how many', async () => {
    const el = await make(
      html`<bpl-collaboration-diagram .data=${structure()} sector="school"></bpl-collaboration-diagram>`,
    );
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain(
      'Skola finns med i 4 av 7 organ',
    );
    expect(box(el, 'body:sbu').classList.contains('match')).to.equal(true);
    expect(box(el, 'group:lsg:operational').classList.contains('match')).to.equal(true);
    expect(box(el, 'body:forum').classList.contains('match')).to.equal(false);
    expect(item(el, 'body:sbu').getAttribute('aria-label')).to.contain('markerad');
    const select = root(el).querySelector('select')!;
    select.value = 'children-youth';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.sector).to.equal('children-youth');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('1 av 7');
    await expect(el).to.be.accessible();
  });

  it('marks highlighted bodies differently from the keyboard focus, in the diagram and the list', async () => {
    // Both were a 3-3.5 px outline in the focus colour (Highlight in forced colours): now the highlight is a
    // tinted box with a dashed outline and the sector's mark filled; the focus stays a solid ring.
    for (const width of [900, 400]) {
      const el = await make(
        html`<bpl-collaboration-diagram .data=${structure()} sector="school"></bpl-collaboration-diagram>`,
        width,
      );
      item(el, 'level:political').focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      // Forum is focused, not highlighted; SBU is highlighted, not focused.
      expect(focusedKey(el)).to.equal('body:forum');
      const bg = getComputedStyle(el).backgroundColor;
      if (width === 900) {
        const ring = getComputedStyle(item(el, 'body:forum').querySelector('.ring')!);
        const mark = getComputedStyle(box(el, 'body:sbu').querySelector('.bg')!);
        expect(ring.strokeDasharray).to.equal('none');
        expect(mark.strokeDasharray).not.to.equal('none');
        expect(mark.fill).not.to.equal(getComputedStyle(box(el, 'body:forum').querySelector('.bg')!).fill);
        // The school mark of a highlighted box is filled, its letters in the contrasting colour.
        expect(box(el, 'body:sbu').querySelector('.fill')).to.not.equal(null);
        expect(box(el, 'body:sbu').querySelector('tspan.m.on')!.textContent).to.equal('Sk');
        expect(box(el, 'body:forum').querySelector('.fill')).to.equal(null);
      } else {
        const focused = getComputedStyle(item(el, 'body:forum'));
        const marked = getComputedStyle(item(el, 'body:sbu'));
        expect(focused.outlineStyle).to.equal('solid');
        expect(marked.borderTopStyle).to.equal('dashed');
        expect(marked.backgroundColor).not.to.equal(bg);
        expect(marked.backgroundColor).not.to.equal(focused.backgroundColor);
      }
      await expect(el).to.be.accessible();
    }
  });

  it('closes the detail with Escape and returns the focus to the body that opened it', async () => {
    for (const width of [900, 400]) {
      const el = await make(undefined, width);
      item(el, 'level:political').focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const detail = root(el).querySelector('.detail')!;
      expect(root(el).activeElement).to.equal(detail.querySelector('[role="heading"]'));
      // From a link inside the panel too.
      (detail.querySelector('a') as HTMLElement).focus();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(root(el).querySelector('.detail') === null, `${width}: closed`).to.equal(true);
      expect(el.selected).to.equal(undefined);
      expect(focusedKey(el)).to.equal('body:sbu');
    }
  });

  it('shows the same tree as a nested list below 600 px', async () => {
    const el = await make(undefined, 400);
    const list = tree(el);
    expect(list.tagName.toLowerCase()).to.equal('ul');
    expect(root(el).querySelector('svg.diagram')).to.equal(null);
    expect(root(el).querySelector('.view-toggle')).to.equal(null);
    expect(item(el, 'body:bbu').textContent).to.contain('bereder ärenden för SBU');
    item(el, 'level:political').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focusedKey(el)).to.equal('body:sbu');
    await expect(el).to.be.accessible();
    // Nothing is wider than the element (reflow at 320 px).
    expect(el.scrollWidth).to.be.at.most(401);
  });

  it('switches to the list (table view) on request', async () => {
    const el = await make();
    (root(el).querySelector('.view-toggle') as HTMLButtonElement).click();
    await settle(el);
    expect(tree(el).tagName.toLowerCase()).to.equal('ul');
    item(el, 'group:lsg:operational').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(item(el, 'body:lsg-c')).to.not.equal(null);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root(el).querySelector('.detail')!.textContent).to.contain('En per område.');
    await expect(el).to.be.accessible();
  });

  it('is accessible in English and in the dark theme', async () => {
    const el = await make(
      html`<bpl-collaboration-diagram
        lang="en"
        theme="dark"
        .data=${structure()}
        selected="bbu"
      ></bpl-collaboration-diagram>`,
    );
    expect(root(el).querySelector('.summary')!.textContent).to.contain('3 local groups report to BBU');
    expect(root(el).querySelector('.legend')!.textContent).to.contain('prepares matters for');
    expect(root(el).querySelector('.detail')!.textContent).to.contain('Receives reports from');
    await expect(el).to.be.accessible();
  });

  it('loads the Jönköping sample structure from a file', async () => {
    const el = await make(
      html`<bpl-collaboration-diagram src="/demo/data/samverkan-jonkoping.json"></bpl-collaboration-diagram>`,
      1000,
    );
    expect(el.status).to.equal('ready');
    expect(root(el).querySelector('.summary')!.textContent).to.contain(
      '8 lokala samverkansgrupper rapporterar till BBU',
    );
    expect(item(el, 'group:lsg:operational').getAttribute('aria-label')).to.contain(
      '8 lokala samverkansgrupper',
    );
    await expect(el).to.be.accessible();
  });

  it('centres each sector-mark letter on its own position (one tspan per box, a position per letter)', async () => {
    const el = await make();
    const spans = [...root(el).querySelectorAll<SVGTSpanElement>('tspan.m')];
    expect(spans.length).to.be.greaterThan(3);
    for (const span of spans) {
      const xs = span.getAttribute('x')!.split(' ').map(Number);
      expect(xs.length).to.equal(span.textContent!.length);
      xs.forEach((x, i) => {
        const extent = span.getExtentOfChar(i);
        expect(Math.abs(extent.x + extent.width / 2 - x)).to.be.below(1);
      });
    }
  });

  describe('bad input', () => {
    const errorText = (el: Element) => root(el).querySelector('[role="alert"]')?.textContent ?? '';

    it('names a reference to a body that does not exist', async () => {
      const data = structure();
      (data.relations as unknown[]).push({ from: 'lsg-a', to: 'finns-inte', type: 'reports-to' });
      const el = await make(html`<bpl-collaboration-diagram .data=${data}></bpl-collaboration-diagram>`);
      expect(el.error?.code).to.equal('structure');
      expect(errorText(el)).to.contain('"finns-inte"');
      await expect(el).to.be.accessible();
    });

    it('names duplicate ids', async () => {
      const data = structure();
      (data.bodies as unknown[]).push({ id: 'bbu', name: 'Dubblett', level: 'strategic' });
      const el = await make(html`<bpl-collaboration-diagram .data=${data}></bpl-collaboration-diagram>`);
      expect(el.error?.code).to.equal('structure');
      expect(errorText(el)).to.contain('"bbu" förekommer två gånger');
    });

    it('names a cycle in "reports to"', async () => {
      const data = structure();
      (data.relations as unknown[]).push({ from: 'sbu', to: 'lsg-a', type: 'reports-to' });
      const el = await make(html`<bpl-collaboration-diagram .data=${data}></bpl-collaboration-diagram>`);
      expect(el.error?.code).to.equal('structure');
      expect(errorText(el)).to.match(/cirkel: .*sbu.*lsg-a.*bbu/);
    });

    it('reports a missing file', async () => {
      const errored = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('bpl-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      const el = await make(
        html`<bpl-collaboration-diagram src="/demo/data/finns-inte.json"></bpl-collaboration-diagram>`,
      );
      expect((await errored).detail.code).to.equal('http');
      expect(errorText(el)).to.contain('404');
    });

    it('reports data that is not a structure', async () => {
      const el = await make(
        html`<bpl-collaboration-diagram
          .data=${{ meta: { title: 'x' }, bodies: [] }}
        ></bpl-collaboration-diagram>`,
      );
      expect(el.error?.code).to.equal('schema');
    });

    it('rejects links that are not http(s)', async () => {
      const data = structure();
      (data.bodies as Record<string, unknown>[])[0]!.links = [{ label: 'x', url: 'javascript:alert(1)' }];
      const el = await make(html`<bpl-collaboration-diagram .data=${data}></bpl-collaboration-diagram>`);
      expect(el.error?.code).to.equal('schema');
    });

    it('names an unknown selected body and an unknown sector', async () => {
      const el = await make(
        html`<bpl-collaboration-diagram .data=${structure()} selected="nope"></bpl-collaboration-diagram>`,
      );
      expect(el.error?.code).to.equal('invalid-attribute');
      expect(errorText(el)).to.contain('selected');
      expect(errorText(el)).to.contain('sbu');
      const el2 = await make(
        html`<bpl-collaboration-diagram .data=${structure()} sector="schools"></bpl-collaboration-diagram>`,
      );
      expect(el2.error?.code).to.equal('invalid-attribute');
      expect(errorText(el2)).to.contain('school');
      await expect(el2).to.be.accessible();
    });
  });

  describe('snapshots', () => {
    it('small structure, collapsed', async () => {
      const el = await make();
      await matchSvgSnapshot(root(el).querySelector('svg.diagram'), 'collaboration-diagram-small');
    });

    it('small structure, group expanded, body selected, sector highlighted', async () => {
      const el = await make(
        html`<bpl-collaboration-diagram
          .data=${structure()}
          selected="lsg-a"
          sector="police"
        ></bpl-collaboration-diagram>`,
      );
      await matchSvgSnapshot(root(el).querySelector('svg.diagram'), 'collaboration-diagram-small-expanded');
    });

    it('Jönköpings län sample', async () => {
      const el = await make(
        html`<bpl-collaboration-diagram src="/demo/data/samverkan-lan.json"></bpl-collaboration-diagram>`,
        1000,
      );
      await matchSvgSnapshot(root(el).querySelector('svg.diagram'), 'collaboration-diagram-lan');
    });
  });
});
