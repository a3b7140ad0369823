import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { run } from './main.js';

/** `bpl-data` in Node: the real file system, network and terminal. Built to dist/cli/bpl-data.js. */
process.exitCode = await run(process.argv.slice(2), {
  fetch: (url, init) => fetch(url, init),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  },
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stderr.isTTY),
});
