import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const real = (path: string) => readFile(join(root, 'test/fixtures/real', path), 'utf8');

// ---------------------------------------------------------------------------------------------------------
// A local server with recorded answers (test/fixtures/real, see SOURCE.md).

let server: Server;
let base = '';
const requests: { method: string; url: string; body: string }[] = [];

async function answers() {
  const kolada = JSON.parse(await real('kolada/v3-data-N21704-2023-subset.omsorgsradar.json')) as {
    values: unknown[];
  };
  return {
    // The real Kolada v3 subset, split into two pages here to test paging; `next_url` points at this server.
    page1: (next: string) => ({
      count: kolada.values.length,
      values: kolada.values.slice(0, 3),
      next_url: next,
    }),
    page2: { count: kolada.values.length, values: kolada.values.slice(3), next_url: null },
    // MADE UP: no real recorded KPI description exists. Written only in the shape the helper notes give
    // (`/v3/kpi/{id}`); the title and description are not Kolada's.
    kpi: {
      values: [
        {
          id: 'N21704',
          title: 'Påhittad titel för testet, andel (%)',
          description: 'Påhittad beskrivning för testet.',
          is_divided_by_gender: 1,
          operating_area: 'Påhittat verksamhetsområde',
          publication_date: '2024-03-20',
        },
      ],
    },
    v2data: await real('pxweb/scb-v2-TAB6471-data.jsonstat2.json'),
    v2meta: await real('pxweb/scb-v2-TAB6471-metadata.jsonstat2.json'),
    v1meta: await real('pxweb/scb-v1-HE0110-metadata.json'),
    v1data: await real('pxweb/scb-v1-TAB3554-HE0110-jsonstat2.json'),
  };
}

beforeAll(async () => {
  const a = await answers();
  const json = (res: ServerResponse, body: unknown, status = 200) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const url = req.url ?? '/';
      requests.push({ method: req.method ?? 'GET', url, body });
      const path = url.split('?')[0]!;
      if (path.startsWith('/kolada/v3/data/kpi/')) return json(res, a.page1(`${base}/kolada/v3/data/page2`));
      if (path === '/kolada/v3/data/page2') return json(res, a.page2);
      if (path === '/kolada/v3/kpi/N21704') return json(res, a.kpi);
      if (path.startsWith('/down/')) return json(res, { error: 'Service Unavailable' }, 503);
      if (path === '/api/v2/tables/TAB6471/metadata') return json(res, a.v2meta);
      if (path === '/api/v2/tables/TAB6471/data') return json(res, a.v2data);
      if (path === '/OV0104/v1/doris/sv/ssd/START/HE/HE0110/HE0110A/SamForvInk1')
        return json(res, req.method === 'POST' ? a.v1data : a.v1meta);
      if (path === '/files/skola.csv') {
        res.writeHead(200, { 'content-type': 'text/csv' });
        return res.end('Kommunkod,År,Andel flickor (%)\n0680,2022,71.5\n0683,2022,68\n');
      }
      json(res, { error: 'not found' }, 404);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// ---------------------------------------------------------------------------------------------------------
// Injected I/O

interface Run {
  code: number;
  out: string;
  err: string;
  written: Map<string, string>;
}

async function cli(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
  isTTY = false,
): Promise<Run> {
  let out = '';
  let err = '';
  const written = new Map<string, string>();
  const io: Io = {
    fetch: (url, init) => fetch(url, init),
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    writeFile: async (path, text) => void written.set(path, text),
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    isTTY,
  };
  const code = await run(argv, io);
  return { code, out, err, written };
}

const datasetOf = (r: Run, path = 'data.json') =>
  JSON.parse(r.written.get(path)!) as {
    meta: { title: string };
    areas?: { code: string; name: string }[];
    indicators: {
      id: string;
      title: string;
      unit: string;
      polarity?: string;
      target?: unknown;
      data: unknown[];
    }[];
  };

const TIDY = 'area,period,value\n0680,2022,12.5\n0683,2022,10\n0680,2023,13\n';

// ---------------------------------------------------------------------------------------------------------

describe('bpl-data convert', () => {
  it('reads a tidy CSV, reports what it recognised and writes the dataset (exit 0)', async () => {
    const r = await cli(['convert', 'in.csv', '-o', 'data.json', '--title', 'Test', '--unit', 'percent'], {
      'in.csv': TIDY,
    });
    expect(r.code).toBe(0);
    expect(r.err).toContain('Läste in.csv');
    expect(r.err).toContain('Avgränsare: komma (,)');
    expect(r.err).toContain('area → område');
    expect(r.err).toContain('Resultat: 1 indikator, 3 värden');
    expect(r.err).toContain('Skrev data.json');
    const d = datasetOf(r);
    expect(d.meta.title).toBe('Test');
    expect(d.indicators[0]!.title).toBe('Test');
    expect(d.indicators[0]!.unit).toBe('percent');
    expect(r.out).toBe('');
  });

  it('reads Excel’s Windows-1252 semicolon CSV with CRLF: Läsår and names read right', async () => {
    const text =
      'Kommun;Läsår;Andel behöriga (%)\r\nJönköping;2022/23;81,5\r\nVärnamo;2022/23;84,0\r\nHabo;2022/23;..\r\n';
    const r = await cli(['convert', 'excel.csv', '-o', 'data.json'], {
      'excel.csv': Buffer.from(text, 'latin1'),
    });
    expect(r.code).toBe(0);
    expect(r.err).toContain('Windows-1252');
    expect(r.err).toContain('semikolon (;)');
    expect(r.err).toContain('Läsår → period');
    expect(r.err).toContain('".." × 1 → saknas');
    const d = datasetOf(r);
    expect(d.indicators[0]!.title).toBe('Andel behöriga (%)');
    expect(d.indicators[0]!.unit).toBe('percent');
    expect(JSON.stringify(d)).not.toContain('\uFFFD');
    expect(d.indicators[0]!.data).toContainEqual({
      area: '0680',
      period: '2022/23',
      group: 'total',
      value: 81.5,
    });
  });

  it('merges two inputs into one dataset', async () => {
    const other = 'Kommunkod,År,Antal elever\n0680,2022,500\n0685,2022,300\n';
    const r = await cli(['convert', 'a.csv', 'b.csv', '-o', 'data.json'], { 'a.csv': TIDY, 'b.csv': other });
    expect(r.code).toBe(0);
    const d = datasetOf(r);
    expect(d.indicators.map((i) => i.id)).toEqual(['indikator', 'antal-elever']);
    expect(r.err).toContain('Läste a.csv');
    expect(r.err).toContain('Läste b.csv');
    expect(r.err).toContain('2 indikatorer, 5 värden');
  });

  it('refuses an indicator id used twice, naming both files (exit 1)', async () => {
    const r = await cli(['convert', 'a.csv', 'b.csv', '-o', 'data.json'], { 'a.csv': TIDY, 'b.csv': TIDY });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/"indikator" finns både i a\.csv och i b\.csv/);
    expect(r.written.size).toBe(0);
  });

  it('--check validates only and writes nothing', async () => {
    const r = await cli(['convert', 'in.csv', '--check'], { 'in.csv': TIDY });
    expect(r.code).toBe(0);
    expect(r.written.size).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('Inget skrevs (--check)');
  });

  it('prints every problem with its line (exit 1)', async () => {
    const bad = 'area,period,value\n0680,2022,tolv\n0683,2022,abc\n';
    const r = await cli(['convert', 'bad.csv', '-o', 'data.json'], { 'bad.csv': bad });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Fel (2):');
    expect(r.err).toContain('rad 2, kolumn value: "tolv" är varken ett tal');
    expect(r.err).toContain('rad 3, kolumn value: "abc"');
    expect(r.written.size).toBe(0);
  });

  it('refuses PxWeb months with a clear message (exit 1)', async () => {
    const r = await cli(['convert', 'tab.json', '-o', 'data.json'], {
      'tab.json': await real('pxweb/scb-v2-TAB6471-data.jsonstat2.json'),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('"2026M01"');
    expect(r.err).toContain('månader och kvartal går inte');
  });

  it('reads a saved Kolada page and a contract dataset', async () => {
    const r = await cli(['convert', 'kolada.json', '-o', 'data.json'], {
      'kolada.json': await real('kolada/v3-data-N21704-2023-subset.omsorgsradar.json'),
    });
    expect(r.code).toBe(0);
    expect(r.err).toContain('svar från Koladas API');
    const again = await cli(['convert', 'data.json', '--check'], {
      'data.json': r.written.get('data.json')!,
    });
    expect(again.code).toBe(0);
    expect(again.err).toContain('datafil i dataformatet');
  });

  it('reads an Excel sheet chosen with --sheet, and writes to stdout with -o -', async () => {
    const book = new Uint8Array(await readFile(join(root, 'test/fixtures/excel/two-sheets.xlsx')));
    const r = await cli(['convert', 'book.xlsx', '--sheet', 'Data', '-o', '-'], { 'book.xlsx': book });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('Excel-blad (.xlsx)');
    expect(r.err).toContain('Bladet "Data" lästes');
    expect(r.err).toContain('Skrev datafilen till standard ut');
    const d = JSON.parse(r.out) as { indicators: { unit: string; data: unknown[] }[] };
    expect(d.indicators[0]!.unit).toBe('percent');
    expect(d.indicators[0]!.data).toHaveLength(13);
    const missing = await cli(['convert', 'book.xlsx', '--sheet', 'Nope', '--check'], { 'book.xlsx': book });
    // A sheet that is not there is wrong usage (exit 2), and the sheets are named.
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('"Nope". Bladen är: Info, Data.');
  });

  it('a workbook whose first sheet is no table suggests --sheet with the other sheets (exit 1)', async () => {
    const book = new Uint8Array(await readFile(join(root, 'test/fixtures/excel/two-sheets.xlsx')));
    const r = await cli(['convert', 'book.xlsx', '--check'], { 'book.xlsx': book });
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'Första bladet, "Info", är kanske inte tabellen: arbetsboken har också Data. Välj bladet med --sheet <namn>, till exempel --sheet Data.',
    );
  });

  it('--indicator naming an indicator the data lacks is wrong usage (exit 2)', async () => {
    const r = await cli(['convert', 'in.csv', '--indicator', 'x', '--unit', 'percent', '--check'], {
      'in.csv': TIDY,
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('--indicator: "x" finns inte i data. Data har: indikator.');
  });

  it('a table that names no measure asks for --title; with --title it does not', async () => {
    const r = await cli(['convert', 'in.csv', '--check'], { 'in.csv': TIDY });
    expect(r.err).toContain('Tabellen säger inte vad som mäts');
    expect(r.err).toContain('Ange titeln med --title "…".');
    const titled = await cli(['convert', 'in.csv', '--title', 'Andel', '--check'], { 'in.csv': TIDY });
    expect(titled.err).not.toContain('Tabellen säger inte vad som mäts');
  });

  it('a saved Kolada page with next_url: said once, and the data file says it is incomplete', async () => {
    const page = JSON.parse(await real('kolada/v3-data-N21704-2023-subset.omsorgsradar.json')) as object;
    const r = await cli(['convert', 'p1.json', '-o', 'data.json'], {
      'p1.json': JSON.stringify({ ...page, next_url: 'https://api.kolada.se/v3/data?page=2' }),
    });
    expect(r.code, r.err).toBe(0);
    expect(r.err.match(/Data är ofullständig/g)).toHaveLength(1);
    expect(r.err).toContain('Koladas beskrivning av nyckeltalet (N21704) finns inte i filen');
    const d = datasetOf(r) as unknown as {
      meta: { notes: { sv: string }[]; source: { name: { sv: string } } };
    };
    expect(d.meta.source.name.sv).toContain('ofullständig');
    expect(d.meta.notes.map((n) => n.sv).join(' ')).toContain('Data är ofullständig');
  });

  it('fetches an input given by address', async () => {
    const r = await cli(['convert', `${base}/files/skola.csv`, '-o', 'data.json']);
    expect(r.code).toBe(0);
    expect(datasetOf(r).indicators[0]!.unit).toBe('percent');
  });

  it('sets a goal only on a percentage with a polarity', async () => {
    const refused = await cli(['convert', 'in.csv', '-o', 'data.json', '--goal', '2', '--baseline', '2022'], {
      'in.csv': TIDY,
    });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--unit percent');
    expect(refused.err).toContain('--polarity');
    const ok = await cli(
      ['convert', 'in.csv', '-o', 'data.json', '--unit', 'percent', '--polarity', 'lower-is-better'].concat([
        '--goal',
        '1,5',
        '--baseline',
        '2022',
        '--dimensions',
        'safe,healthy',
      ]),
      { 'in.csv': TIDY },
    );
    expect(ok.code).toBe(0);
    const ind = datasetOf(ok).indicators[0]!;
    expect(ind.target).toEqual({ baseline: '2022', annualChange: 1.5 });
    expect(ind.polarity).toBe('lower-is-better');
  });
});

describe('bpl-data usage (exit 2)', () => {
  it.each([
    [['convert', 'in.csv', '--frob'], 'Okänd flagga --frob'],
    [['convert', 'in.csv'], '-o data.json'],
    [['frob'], 'Okänt kommando "frob"'],
    [['convert', 'in.csv', '-o', 'x.json', '--unit', 'procent'], '--unit kan vara percent'],
    [['kolada', 'N21704', '-o', 'x.json'], '--county 06'],
    [['convert', 'missing.csv', '-o', 'x.json'], 'Filen missing.csv finns inte'],
    [['convert', 'in.csv', '-o', 'x.json', '--goal', '2'], '--goal behöver --baseline'],
  ])('%j', async (argv, said) => {
    const r = await cli(argv, { 'in.csv': TIDY });
    expect(r.code).toBe(2);
    expect(r.err).toContain(said);
    expect(r.written.size).toBe(0);
  });

  it('--help is Swedish, with an English line per command (exit 0)', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('bpl-data kolada');
    expect(r.out).toContain('(fetch KPIs from Kolada');
  });
});

describe('bpl-data kolada', () => {
  it('follows next_url, reads the KPI description and writes one dataset', async () => {
    requests.length = 0;
    const r = await cli([
      'kolada',
      'N21704',
      '--county',
      '06',
      '--years',
      '2022-2023',
      '--api',
      `${base}/kolada/v3`,
      '-o',
      'data.json',
    ]);
    expect(r.code, r.err).toBe(0);
    const data = requests.find((q) => q.url.startsWith('/kolada/v3/data/kpi/'))!;
    expect(data.url).toContain('/data/kpi/N21704/municipality/0604,0617,');
    expect(data.url).toContain(',0680,0682,0683,0684,0685,0686,0687,0006,0000/year/2022,2023');
    expect(requests.map((q) => q.url)).toContain('/kolada/v3/data/page2');
    expect(requests.map((q) => q.url)).toContain('/kolada/v3/kpi/N21704');
    expect(r.err).toContain('Hämtar sida 2 av Kolada-svaret');
    expect(r.err).toContain('2 sidor från');
    const d = datasetOf(r);
    expect(d.indicators[0]!.title).toBe('Påhittad titel för testet, andel (%)');
    expect(d.indicators[0]!.unit).toBe('percent');
    expect(d.indicators[0]!.data).toHaveLength(15);
  });

  it('progress is one line rewritten with \\r on a terminal', async () => {
    const r = await cli(
      ['kolada', 'N21704', '--areas', '0680', '--api', `${base}/kolada/v3`, '--check'],
      {},
      true,
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain('\r\x1b[KHämtar sida 2 av Kolada-svaret');
  });

  it('says the address, the status and --api when Kolada cannot be reached (exit 3)', async () => {
    const r = await cli([
      'kolada',
      'N21704',
      '--areas',
      '0680',
      '--api',
      `${base}/down/v3`,
      '-o',
      'data.json',
    ]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('felkod 503');
    expect(r.err).toContain(`${base}/down/v3/data/kpi/N21704/municipality/0680`);
    expect(r.err).toContain('--api');
    expect(r.written.size).toBe(0);
  });

  it('a refused connection is exit 3 too', async () => {
    const r = await cli(['kolada', 'N21704', '--areas', '0680', '--api', 'http://127.0.0.1:1/v3', '--check']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('Det gick inte att hämta http://127.0.0.1:1/v3/data/kpi/N21704');
    // Node's English words only after "Teknisk orsak:", never in the Swedish sentence.
    expect(r.err).toContain(
      ': kunde inte nå servern. Kontrollera adressen och nätverksanslutningen. (Teknisk orsak: ',
    );
    expect(r.err.split('Teknisk orsak:')[0]).not.toMatch(/fetch failed|bad port|ECONNREFUSED/);
  });
});

describe('bpl-data pxweb', () => {
  it('PxWebApi 2: fetches metadata and data, and refuses monthly periods (exit 1)', async () => {
    requests.length = 0;
    const r = await cli(['pxweb', `${base}/api/v2/tables/TAB6471`, '-o', 'data.json']);
    expect(r.code).toBe(1);
    expect(requests.map((q) => q.url)).toEqual([
      '/api/v2/tables/TAB6471/metadata?lang=sv&outputFormat=json-stat2',
      '/api/v2/tables/TAB6471/data?lang=sv&outputFormat=json-stat2',
    ]);
    expect(r.err).toContain('"2026M01"');
    expect(r.err).toContain('månader och kvartal går inte');
    expect(r.written.size).toBe(0);
  });

  const v1 = () => `${base}/OV0104/v1/doris/sv/ssd/START/HE/HE0110/HE0110A/SamForvInk1`;

  it('API v1 without a region variable needs --area (exit 1 without it)', async () => {
    const r = await cli(['pxweb', v1(), '-o', 'data.json']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ingen kolumn för område');
  });

  it('API v1: GET metadata, POST every value of every variable as json-stat2; --area 0000 makes it work', async () => {
    requests.length = 0;
    const r = await cli(['pxweb', v1(), '--area', '0000', '-o', 'data.json']);
    expect(r.code, r.err).toBe(0);
    expect(requests.map((q) => q.method)).toEqual(['GET', 'POST']);
    const body = JSON.parse(requests[1]!.body) as {
      query: { code: string; selection: { filter: string; values: string[] } }[];
      response: { format: string };
    };
    expect(body.response).toEqual({ format: 'json-stat2' });
    expect(body.query.map((q) => q.code)).toEqual([
      'Region',
      'Kon',
      'Alder',
      'Inkomstklass',
      'ContentsCode',
      'Tid',
    ]);
    expect(body.query[0]!.selection.values).toHaveLength(312);
    const d = datasetOf(r);
    expect(d.indicators[0]!.title).toBe('Medianinkomst, tkr');
    expect(d.indicators[0]!.data).toHaveLength(9);
    expect(r.err).toContain('alla värden gäller 0000 (--area)');
  });

  it('API v1 with --query posts the user’s query', async () => {
    requests.length = 0;
    const query = await real('pxweb/scb-v1-HE0110-query.json');
    const r = await cli(['pxweb', v1(), '--query', 'q.json', '--area', '0000', '--check'], {
      'q.json': query,
    });
    expect(r.code).toBe(0);
    const sent = JSON.parse(requests[1]!.body) as { query: unknown };
    expect(sent.query).toEqual((JSON.parse(query) as { query: unknown }).query);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The built command (npm run build:cli), as npx runs it.

const built = existsSync(join(root, 'dist/cli/bpl-data.js'));

function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin/bpl-data.mjs'), ...args],
      { cwd: root },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe.skipIf(!built)('bin/bpl-data.mjs (built)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bpl-data-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('converts a file and writes the dataset', async () => {
    await writeFile(join(dir, 'in.csv'), TIDY);
    const r = await node(['convert', join(dir, 'in.csv'), '-o', join(dir, 'out', 'data.json')]);
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(await readFile(join(dir, 'out', 'data.json'), 'utf8')) as { indicators: unknown[] };
    expect(d.indicators).toHaveLength(1);
  });

  it('fetches from Kolada (the local server) and exits with 2 and 3 as it should', async () => {
    const ok = await node(['kolada', 'N21704', '--areas', '0680', '--api', `${base}/kolada/v3`, '--check']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('Hämtar sida 2 av Kolada-svaret');
    expect((await node(['convert'])).code).toBe(2);
    expect(
      (await node(['kolada', 'N21704', '--areas', '0680', '--api', `${base}/down/v3`, '--check'])).code,
    ).toBe(3);
  });
});
