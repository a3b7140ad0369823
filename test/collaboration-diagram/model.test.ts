import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../src/core/index.js';
import { errorLines } from '../../src/core/i18n/localize.js';
import { BplError } from '../../src/core/errors.js';
import type { Structure } from '../../src/core/schema/structure.js';
import {
  boxContent,
  layoutDiagram,
  measureBox,
  BOX_MAX_WIDTH,
  BOX_MIN_WIDTH,
  BOX_PAD,
  TITLE_SIZE,
} from '../../src/components/collaboration-diagram/boxes.js';
import {
  buildModel,
  decisionPath,
  diagramGraph,
  visibleItems,
} from '../../src/components/collaboration-diagram/model.js';
import { textWidth, wrapText } from '../../src/components/collaboration-diagram/text.js';

function input(extra: { bodies?: unknown[]; relations?: unknown[] } = {}) {
  return {
    meta: { title: 'Test' },
    groups: [
      { id: 'lsg', name: 'Lokala grupper', shortName: 'LSG' },
      { id: 'annat', name: 'Annat' },
    ],
    bodies: [
      { id: 'sbu', shortName: 'SBU', name: 'Styrgrupp', level: 'political', sectors: ['school'] },
      { id: 'forum', name: 'Kommunalt forum', level: 'political' },
      {
        id: 'bbu',
        shortName: 'BBU',
        name: 'Beredning',
        level: 'strategic',
        sectors: ['school'],
        members: [{ sector: 'police' }],
      },
      {
        id: 'lsg-a',
        shortName: 'LSG',
        name: 'LSG A',
        level: 'operational',
        group: 'lsg',
        sectors: ['school'],
      },
      {
        id: 'lsg-b',
        shortName: 'LSG',
        name: 'LSG B',
        level: 'operational',
        group: 'lsg',
        sectors: ['civil-society'],
      },
      { id: 'solo', name: 'Ensam', level: 'operational', group: 'annat' },
      ...(extra.bodies ?? []),
    ],
    relations: [
      { from: 'bbu', to: 'sbu', type: 'prepares-for' },
      { from: 'bbu', to: 'forum', type: 'reports-to' },
      { from: 'lsg-a', to: 'bbu', type: 'reports-to' },
      { from: 'lsg-b', to: 'bbu', type: 'reports-to' },
      { from: 'lsg-a', to: 'lsg-b', type: 'collaborates-with' },
      { from: 'solo', to: 'lsg-a', type: 'collaborates-with' },
      ...(extra.relations ?? []),
    ],
  };
}

const structure = (extra?: Parameters<typeof input>[0]) => parseStructure(input(extra)) as Structure;

describe('model', () => {
  it('groups siblings with two or more members; a lone member stays a body', () => {
    const model = buildModel(structure());
    expect([...model.groups.keys()]).toEqual(['group:lsg:operational']);
    expect(model.groups.get('group:lsg:operational')!.sectors).toEqual(['school', 'civil-society']);
    expect(model.groupOf.has('solo')).toBe(false);
    // Sectors from `sectors` and from members, in the standard order.
    expect(model.sectors.get('bbu')).toEqual(['school', 'police']);
    expect(model.uniqueShortNames.has('LSG')).toBe(false);
    expect(model.uniqueShortNames.has('BBU')).toBe(true);
  });

  it('builds the tree levels → bodies and groups → members, and hides collapsed children', () => {
    const model = buildModel(structure());
    expect(model.tree.map((i) => i.key)).toEqual(['level:political', 'level:strategic', 'level:operational']);
    const levels = new Set(model.tree.map((i) => i.key));
    expect(visibleItems(model, levels).map((i) => i.key)).toEqual([
      'level:political',
      'body:sbu',
      'body:forum',
      'level:strategic',
      'body:bbu',
      'level:operational',
      'group:lsg:operational',
      'body:solo',
    ]);
    const open = new Set([...levels, 'group:lsg:operational']);
    const keys = visibleItems(model, open).map((i) => i.key);
    expect(keys.slice(-4)).toEqual(['group:lsg:operational', 'body:lsg-a', 'body:lsg-b', 'body:solo']);
    expect(model.items.get('body:lsg-a')!.depth).toBe(3);
    expect(model.items.get('body:lsg-a')!.parent!.key).toBe('group:lsg:operational');
  });

  it("lets a collapsed group carry its members' relations, merged, without loops", () => {
    const model = buildModel(structure());
    const levels = new Set(model.tree.map((i) => i.key));
    const graph = diagramGraph(model, levels);
    expect(graph.nodes.map((n) => n.key)).toEqual([
      'body:sbu',
      'body:forum',
      'body:bbu',
      'group:lsg:operational',
      'body:solo',
    ]);
    const up = graph.edges.find((e) => e.from === 'group:lsg:operational' && e.to === 'body:bbu')!;
    expect(up.relations).toHaveLength(2);
    // lsg-a ↔ lsg-b is inside the group: no edge.
    expect(graph.edges.some((e) => e.from === e.to)).toBe(false);
    expect(graph.edges).toHaveLength(4);
    // Expanded, the members are drawn as bodies in one block.
    const open = diagramGraph(model, new Set([...levels, 'group:lsg:operational']));
    expect(open.nodes.filter((n) => n.block === 'group:lsg:operational').map((n) => n.key)).toEqual([
      'body:lsg-a',
      'body:lsg-b',
    ]);
    // A collapsed level hides its bodies and their edges.
    const noOps = diagramGraph(model, new Set(['level:political', 'level:strategic']));
    expect(noOps.nodes.map((n) => n.key)).toEqual(['body:sbu', 'body:forum', 'body:bbu']);
    expect(noOps.edges).toHaveLength(2);
  });

  it('follows reports-to and prepares-for from the largest group to the top', () => {
    const path = decisionPath(buildModel(structure()));
    expect(path.group?.key).toBe('group:lsg:operational');
    expect(path.steps).toEqual([
      { from: ['group:lsg:operational'], type: 'reports-to', to: ['bbu'] },
      { from: ['bbu'], type: 'prepares-for', to: ['sbu'] },
      { from: ['bbu'], type: 'reports-to', to: ['forum'] },
    ]);
  });

  it('starts from the lowest level when there are no groups, and stops where nothing is above', () => {
    const data = input();
    data.bodies = data.bodies.map((b) => ({ ...(b as object), group: undefined }));
    delete (data as { groups?: unknown }).groups;
    const path = decisionPath(buildModel(parseStructure(data) as Structure));
    expect(path.start).toEqual(['lsg-a', 'lsg-b', 'solo']);
    expect(path.steps[0]).toEqual({ from: ['lsg-a', 'lsg-b'], type: 'reports-to', to: ['bbu'] });
  });
});

describe('bad structures are named in the error', () => {
  const lines = (data: unknown) => {
    try {
      parseStructure(data);
    } catch (error) {
      expect(error).toBeInstanceOf(BplError);
      expect((error as BplError).code).toBe('structure');
      const { message, issues } = errorLines(error as BplError, 'sv');
      return [message, ...issues].join('\n');
    }
    throw new Error('expected an error');
  };

  it('a relation to a body that does not exist', () => {
    expect(lines(input({ relations: [{ from: 'lsg-a', to: 'finns-inte', type: 'reports-to' }] }))).toContain(
      '"finns-inte"',
    );
  });

  it('duplicate ids', () => {
    expect(lines(input({ bodies: [{ id: 'bbu', name: 'Dubblett', level: 'strategic' }] }))).toContain(
      '"bbu"',
    );
  });

  it('a cycle in reports-to, with every body on it', () => {
    const text = lines(input({ relations: [{ from: 'sbu', to: 'lsg-a', type: 'reports-to' }] }));
    for (const id of ['sbu', 'lsg-a', 'bbu']) expect(text).toContain(id);
  });
});

describe('boxes', () => {
  it('wraps long names and keeps boxes within their width limits', () => {
    expect(wrapText('Beredningsgrupp för barn och ungdom i hela kommunen', 120, 12.5)).toHaveLength(3);
    expect(wrapText('ett två tre fyra fem sex sju åtta nio tio elva tolv', 60, 12.5, 2).at(-1)).toMatch(/…$/);
    expect(textWidth('Skola', 14, true)).toBeGreaterThan(textWidth('Skola', 14));
    const long = measureBox('x', 'body', 'SBU', 'Ett mycket långt namn '.repeat(5), ['school', 'police']);
    expect(long.width).toBeLessThanOrEqual(BOX_MAX_WIDTH);
    expect(long.lines).toHaveLength(3);
    const short = measureBox('y', 'body', 'A', '', []);
    expect(short.width).toBe(BOX_MIN_WIDTH);
  });

  it('labels a collapsed group with its count and name, and leaves room for the toggle', () => {
    const model = buildModel(structure());
    const box = boxContent(model, 'group:lsg:operational', 'sv', (n, name) => `${n} ${name.toLowerCase()}`);
    expect(box.kind).toBe('group');
    expect(box.titleLines).toEqual(['LSG']);
    expect(box.lines.join(' ')).toBe('2 lokala grupper');
    expect(box.width).toBeGreaterThanOrEqual(textWidth('LSG', TITLE_SIZE, true) + 24 + 2 * BOX_PAD);
  });

  it('lays out the sample-sized structure with every group open, without overlaps', () => {
    const model = buildModel(structure());
    const all = new Set([...model.tree.map((i) => i.key), ...model.groups.keys()]);
    const { layout } = layoutDiagram(model, all, 'sv', (n, name) => `${n} ${name}`, 800);
    expect(layout.width).toBe(800);
    const boxes = [...layout.nodes.values()];
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b)
          expect(
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y,
          ).toBe(true);
  });
});
