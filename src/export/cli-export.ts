// `npm run export -- --format jsonld|graphml|csv [--type <EntityType>] [--out <path>]`: the same files
// as GET /export/<file>, to stdout or to --out. CSV is one file per entity type: `--type` picks one
// (to stdout or a file), or without it `--out <folder>` receives them all.
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { Database } from '../db/neo4j.js';
import { EXPORTS, exportNamed, type Export } from './formats.js';

const USAGE = 'usage: export --format jsonld|graphml|csv [--type <EntityType>|relationships] [--out <file or folder>]';

async function write(db: Database, wanted: Export, to: Writable): Promise<void> {
  await pipeline(Readable.from(wanted.chunks(db)), to);
}

/** Parses the arguments before anything opens the database, so a mistake costs nothing. */
export function planExport(args: string[]): { files: Export[]; out: string | undefined } {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string' }, type: { type: 'string' }, out: { type: 'string' } },
  });
  const { format, type, out } = values;
  if (format === 'jsonld' || format === 'graphml') {
    if (type) throw new Error(`--type applies to csv only\n${USAGE}`);
    return { files: [exportNamed(`graph.${format}`)!], out };
  }
  if (format !== 'csv') throw new Error(USAGE);
  if (type) {
    const one = exportNamed(`${type}.csv`);
    const types = EXPORTS.filter((e) => e.file.endsWith('.csv')).map((e) => e.file.replace(/\.csv$/, ''));
    if (!one) throw new Error(`no entity type "${type}"; one of: ${types.join(', ')}`);
    return { files: [one], out };
  }
  if (!out)
    throw new Error(`csv is one file per entity type: give --type, or --out <folder> for all of them\n${USAGE}`);
  return { files: EXPORTS.filter((e) => e.file.endsWith('.csv')), out };
}

export async function runExport(db: Database, plan: ReturnType<typeof planExport>): Promise<string[]> {
  const { files, out } = plan;
  if (!out) {
    // Leaves stdout open for whatever the caller prints after.
    await pipeline(Readable.from(files[0]!.chunks(db)), process.stdout, { end: false });
    return [];
  }
  if (files.length === 1) {
    await write(db, files[0]!, createWriteStream(out));
    return [out];
  }
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(out, file.file);
    await write(db, file, createWriteStream(target));
    written.push(target);
  }
  return written;
}
