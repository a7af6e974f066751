// One real Neo4j for the test run. Unless NEO4J_TEST_URI names a database to use (whose contents
// the tests replace), the project's own launcher starts a throwaway instance on its own port and
// store, so tests never touch the data of an instance a user runs.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j.js';
import { PROJECT_ROOT } from '../../src/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let local: LocalNeo4j | undefined;
let store: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    mkdirSync(path.join(PROJECT_ROOT, '.neo4j'), { recursive: true });
    store = mkdtempSync(path.join(PROJECT_ROOT, '.neo4j', 'test-'));
    local = await startLocalNeo4j({
      port: Number(process.env.NEO4J_TEST_PORT ?? 7688),
      dir: store,
      heapMb: 512,
      pageCacheMb: 64,
      txTimeoutMs: 10_000,
    });
    uri = local.uri;
  }
  project.provide('neo4jUri', uri);
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (store) rmSync(store, { recursive: true, force: true });
}
