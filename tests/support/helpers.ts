// Shared by the integration tests: a connection to the test database with the source facts loaded,
// and a server to run operations against without a port.
import 'reflect-metadata';
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { inject } from 'vitest';
import { loadFacts } from '../../src/data/load.js';
import { connect, type Database } from '../../src/db/neo4j.js';
import { Translator } from '../../src/graph/translate.js';
import type { Context } from '../../src/schema/context.js';
import { createServer } from '../../src/server/create-server.js';
import { restoreSourceGraph } from './graph-state.js';
import { COST_LIFTED } from './limits.js';

export interface Harness {
  db: Database;
  server: ApolloServer<Context>;
  context: Context;
  close(): Promise<void>;
}

/** A connection to the test database, with transactions bounded at `txTimeoutMs`. */
export function testDatabase(txTimeoutMs = 10_000): Database {
  return connect({
    uri: inject('neo4jUri'),
    username: 'neo4j',
    password: process.env.NEO4J_TEST_PASSWORD ?? '',
    database: undefined,
    txTimeoutMs,
  });
}

/** `restoreOnClose`: for a file that writes, `close` first puts the source graph back (graph-state.ts). */
export async function openHarness({ restoreOnClose = false } = {}): Promise<Harness> {
  const db = testDatabase();
  await loadFacts(db);
  const server = createServer(COST_LIFTED);
  await server.start();
  const context: Context = { db, translator: new Translator({ maxPageSize: 100, defaultPageSize: 20 }) };
  return {
    db,
    server,
    context,
    async close() {
      if (restoreOnClose) await restoreSourceGraph(db);
      await server.stop();
      await db.close();
    },
  };
}

export interface Result<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Runs an operation (a typed document or a string) and returns data and errors. */
export async function run<T = Record<string, unknown>, V extends Record<string, unknown> = Record<string, unknown>>(
  h: Harness,
  query: TypedDocumentNode<T, V> | string,
  variables?: V,
): Promise<Result<T>> {
  const response = await h.server.executeOperation<T, V>(
    { query: typeof query === 'string' ? query : print(query), variables },
    { contextValue: h.context },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as Result<T>;
}

/** Runs an operation that must succeed and returns its data. */
export async function data<T = Record<string, unknown>, V extends Record<string, unknown> = Record<string, unknown>>(
  h: Harness,
  query: TypedDocumentNode<T, V> | string,
  variables?: V,
): Promise<T> {
  const result = await run<T, V>(h, query, variables);
  if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}
