// Runs an operation through the real schema and translator against a database stand-in that only
// records the statements it is sent, for tests that assert the Cypher and parameters of an operation.
import 'reflect-metadata';
import type { QueryResult } from 'neo4j-driver';
import type { Database } from '../../src/db/neo4j.js';
import { Translator } from '../../src/graph/translate.js';
import { createServer } from '../../src/server/create-server.js';

export interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}

export async function statementsOf(query: string, variables?: Record<string, unknown>): Promise<{ sent: Sent[]; errors: readonly unknown[] }> {
  const sent: Sent[] = [];
  const read = async (cypher: string, params: Record<string, unknown> = {}) => {
    sent.push({ cypher, params });
    return { records: [] } as unknown as QueryResult;
  };
  const db = { read, write: read } as unknown as Database;
  const server = createServer();
  const translator = new Translator({ maxPageSize: 100, defaultPageSize: 20 });
  const response = await server.executeOperation({ query, variables }, { contextValue: { db, translator } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { sent, errors: response.body.singleResult.errors ?? [] };
}
