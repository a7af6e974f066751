// Running curation operations as a given viewer against the harness, without HTTP (the auth tests
// go through HTTP with real tokens).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { toGlobalId } from '../../src/graph/ids.js';
import type { Viewer } from '../../src/schema/context.js';
import type { Harness, Result } from './helpers.js';

export const CURATOR: Viewer = { subject: 'curator-1', name: 'Test Curator', roles: ['curator'] };

export const id = toGlobalId;

export async function runAs<T, V extends Record<string, unknown>>(
  h: Harness,
  viewer: Viewer | null,
  query: TypedDocumentNode<T, V> | string,
  variables?: V,
): Promise<Result<T>> {
  const response = await h.server.executeOperation<T, V>(
    { query: typeof query === 'string' ? query : print(query), variables },
    { contextValue: { ...h.context, viewer } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as Result<T>;
}

/** The code and offending field of the one error a result must hold. */
export function failure(result: Result<unknown>): { code: unknown; field: unknown; message: string } {
  if (result.errors?.length !== 1)
    throw new Error(`expected one error, got ${JSON.stringify(result.errors ?? result.data)}`);
  const [error] = result.errors;
  return { code: error!.extensions?.code, field: error!.extensions?.field, message: error!.message };
}
