// How the fast lane learns a text it has not answered before (src/server/direct/learn.ts, lane.ts):
// the learner refuses what Apollo's parse options and validation rules refuse, and what only
// ordinary execution answers; and the lane asks it once per text and operation name, so that a text
// it could not learn (a mutation, a text with an error) is left to Apollo without being parsed again.
import 'reflect-metadata';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import type { Context } from '../../src/schema/context.js';
import { learner, type Learn } from '../../src/server/direct/learn.js';
import { createFastLane } from '../../src/server/direct/lane.js';
import { hardening } from '../../src/server/hardening.js';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { DEFAULT_PAGE_SIZES } from '../../src/schema/complexity.js';

const schema = buildAppSchema();
const { validationRules, parseOptions } = hardening();
const learnText = learner(schema, validationRules ?? [], parseOptions ?? {});
const learn = (query: string, operationName: string | undefined) => learnText(query, operationName, false);

describe('the learner', () => {
  it('plans a query that parses and validates, with the operation the request names', () => {
    const learnt = learn(
      'query A { organisation(key: "hmic") { key } } query B { recommendations { totalCount } }',
      'B',
    );
    expect(learnt?.operation.name?.value).toBe('B');
    expect(learnt?.plan.roots.map((r) => r.responseName)).toEqual(['recommendations']);
    expect(learnt?.schema).toBe(schema);
  });

  it.each([
    ['a syntax error', '{ organisation(key: "hmic") { key '],
    ['an unknown field', '{ organisation(key: "hmic") { nosuchfield } }'],
    ['a missing argument', '{ organisation { key } }'],
    ['a mutation', 'mutation { __typename }'],
    ['introspection at the root', '{ __schema { queryType { name } } }'],
    ['a directive', '{ organisation(key: "hmic") { key @include(if: true) } }'],
  ])('leaves %s to Apollo', (_what, query) => {
    expect(learn(query, undefined)).toBeUndefined();
  });

  // Each limit of the served API's rules, just within and just beyond.
  const deep = (levels: number) =>
    `{ organisation(key: "hmic") { ${'inspects { nodes { '.repeat(levels)}key${' } }'.repeat(levels)} } }`;
  const aliased = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: organisation(key: "hmic") { key }`).join(' ')} }`;
  const long = (n: number) => `{ ${'organisation(key: "hmic") { key } '.repeat(n)}}`;
  it.each([
    ['depth', deep(Math.floor((DEFAULT_LIMITS.maxDepth - 2) / 2)), deep(Math.floor(DEFAULT_LIMITS.maxDepth / 2) + 1)],
    ['aliases', aliased(DEFAULT_LIMITS.maxAliases), aliased(DEFAULT_LIMITS.maxAliases + 1)],
    ['tokens', long(Math.floor(DEFAULT_LIMITS.maxTokens / 9) - 1), long(Math.floor(DEFAULT_LIMITS.maxTokens / 9) + 1)],
  ])('learns within the %s limit and leaves beyond it to Apollo', (_limit, within, beyond) => {
    expect(learn(within, undefined)).toBeDefined();
    expect(learn(beyond, undefined)).toBeUndefined();
  });

  it('leaves a document of two operations to Apollo when the request names neither', () => {
    const query = 'query A { organisation(key: "hmic") { key } } query B { organisation(key: "acpo") { key } }';
    expect(learn(query, undefined)).toBeUndefined();
    expect(learn(query, 'C')).toBeUndefined();
  });
});

describe('the lane and what it could not learn', () => {
  const request = (query: string, operationName?: string): HTTPGraphQLRequest => ({
    method: 'POST',
    headers: new HeaderMap([['content-type', 'application/json']]),
    search: '',
    body: { query, ...(operationName ? { operationName } : {}) },
  });
  const context = async () => ({}) as Context;
  // A database that fails every read: each answer is handed to Apollo, as an answer with an error is.
  const failing = async () =>
    ({ db: { read: () => Promise.reject(new Error('no database here')) } }) as unknown as Context;
  const laneLearning = (learn: Learn, readsRequireToken = false) =>
    createFastLane({
      readsRequireToken,
      maxCost: DEFAULT_LIMITS.maxCost,
      pages: DEFAULT_PAGE_SIZES,
      watches: [],
      learn,
    });

  it('asks once per text and operation name, and hands each such request to Apollo', async () => {
    const asked: string[] = [];
    const lane = laneLearning((query, operationName) => {
      asked.push(`${operationName ?? ''}:${query}`);
      return undefined;
    });
    const mutation = 'mutation M { __typename }';
    for (const sent of [request(mutation), request(mutation), request(mutation, 'M'), request(mutation, 'M')]) {
      const outcome = await lane.answer(sent, context);
      expect(outcome).not.toHaveProperty('response');
    }
    expect(asked).toEqual([`:${mutation}`, `M:${mutation}`]);
  });

  it('keeps what it learns only when a text comes again', async () => {
    const asked: boolean[] = [];
    const lane = laneLearning((query, operationName, keep) => {
      asked.push(keep);
      return learnText(query, operationName, keep);
    });
    for (let i = 0; i < 3; i++) {
      const outcome = await lane.answer(request('{ organisation(key: "hmic") { key } }'), failing);
      expect(outcome).not.toHaveProperty('response');
    }
    // Learnt and let go the first time, learnt and kept the second, found the third.
    expect(asked).toEqual([false, true]);
  });

  it('leaves to Apollo from then on a text whose plan cannot serve it', async () => {
    // A field with a resolver of its own is for execution to answer (shape.ts): found only when
    // the answer is shaped, after the text was learnt.
    const thing = new GraphQLObjectType({ name: 'Thing', fields: { name: { type: GraphQLString } } });
    const query = new GraphQLObjectType({
      name: 'Query',
      fields: { thing: { type: thing, resolve: () => ({ name: 'x' }) } },
    });
    const learnTiny = learner(new GraphQLSchema({ query }), [], {});
    let asked = 0;
    const lane = laneLearning((text, operationName, keep) => {
      asked++;
      return learnTiny(text, operationName, keep);
    });
    for (let i = 0; i < 3; i++) {
      const outcome = await lane.answer(request('{ thing { name } }'), failing);
      expect(outcome).not.toHaveProperty('response');
    }
    expect(asked).toBe(1);
  });

  it('asks nothing for a reader refused where reads need a token', async () => {
    let asked = 0;
    const lane = laneLearning(() => {
      asked++;
      return undefined;
    }, true);
    const outcome = await lane.answer(request('{ organisation(key: "hmic") { key } }'), context);
    expect(outcome).not.toHaveProperty('response');
    expect(asked).toBe(0);
  });
});
