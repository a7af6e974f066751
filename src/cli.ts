#!/usr/bin/env node
// Command line: `serve` (the API), `load` (reload the source facts), `db` (just the local Neo4j),
// `export` (the graph as JSON-LD, GraphML or CSV), `schema` (print the SDL), `ingest <folder>…` /
// `ingest --remove <document-key>` (one source document). Start-up itself is src/start.ts.
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './config.js';
import { ClaimsError, readDocumentFolder } from './data/claims-file.js';
import { isEmpty, loadDocuments, loadFacts, removeDocument } from './data/load.js';
import { planExport, runExport } from './export/cli-export.js';
import { printAppSchema } from './schema/build-schema.js';
import { openRuntime, serve as startApi, type Runtime } from './start.js';
import { createLogger } from './server/logging.js';

function onSignals(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`${signal}: shutting down`);
      stop().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

async function serve(): Promise<void> {
  const config = loadConfig();
  const startedAt = Date.now();
  const { url, stop } = await startApi(config, createLogger(config.logLevel));
  onSignals(stop);
  console.log(
    `API ready at ${url} (${Date.now() - startedAt} ms); explorer at ${new URL('/explorer', url)}, graph view at ${new URL('/graph', url)}`,
  );
}

async function load(): Promise<void> {
  const runtime = await openRuntime(loadConfig());
  try {
    const summary = await loadFacts(runtime.db);
    console.log(`loaded ${summary.nodes} entities and ${summary.relationships} relationships`);
  } finally {
    await runtime.close();
  }
}

async function ingest(): Promise<void> {
  const args = process.argv.slice(3);
  if (args.length === 0) throw new Error('usage: npm run ingest -- <folder>… | --remove <document-key>');
  // npm runs scripts from the project folder; a relative folder is the caller's.
  const config = loadConfig();
  const folders = args[0] === '--remove' ? [] : args.map((a) => path.resolve(config.callerDir, a));
  try {
    // Checked before the database is even opened: a failing claim costs no start-up.
    for (const folder of folders) readDocumentFolder(folder);
  } catch (error) {
    if (!(error instanceof ClaimsError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const runtime = await openRuntime(config);
  try {
    if (args[0] === '--remove') {
      if (!args[1]) throw new Error('usage: npm run ingest -- --remove <document-key>');
      await removeDocument(runtime.db, args[1]);
      console.log(`removed document ${args[1]}: what no other document states is gone`);
      return;
    }
    const summary = await loadDocuments(runtime.db, folders);
    console.log(
      `ingested ${summary.documents} document(s): ${summary.nodes} entities and ${summary.relationships} relationships checked and loaded`,
    );
  } catch (error) {
    if (error instanceof ClaimsError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await runtime.close();
  }
}

async function db(): Promise<void> {
  const runtime: Runtime = await openRuntime(loadConfig());
  if (!runtime.local) {
    console.log('NEO4J_URI is set: nothing to start');
    return runtime.close();
  }
  onSignals(() => runtime.close());
  console.log(`Neo4j ready at ${runtime.local.uri}; Ctrl+C stops it`);
}

async function exportGraph(): Promise<void> {
  const plan = planExport(process.argv.slice(3));
  const runtime = await openRuntime(loadConfig());
  try {
    // As at start-up: a store that holds nothing yet gets the source facts first.
    if (await isEmpty(runtime.db)) await loadFacts(runtime.db);
    const written = await runExport(runtime.db, plan);
    for (const file of written) console.error(`wrote ${file}`);
  } finally {
    await runtime.close();
  }
}

const commands: Record<string, () => Promise<void>> = {
  serve,
  load,
  db,
  export: exportGraph,
  ingest,
  schema: async () => void process.stdout.write(printAppSchema()),
};

const name = process.argv[2] ?? 'serve';
const command = commands[name];
if (!command) {
  console.error(`unknown command "${name}"; use one of: ${Object.keys(commands).join(', ')}`);
  process.exit(64);
}
command().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
