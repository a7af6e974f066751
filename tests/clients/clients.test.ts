// Third-party GraphQL clients, unmodified, against the live API: the README's example operations,
// typed by graphql-codegen's client preset (tests/clients/fixture, compiled under NodeNext by
// `npm run typecheck`), through Apollo Client 4, urql and graphql-request. Each must get the answer
// the server gives the same operations in process.
import { parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { data, openHarness, type Harness } from '../support/helpers.js';
import { serve, type Served } from '../support/serve.js';
import { answersOf, type Answers } from './fixture/answers.js';
import { askWithApollo } from './fixture/apollo.js';
import { askWithGraphqlRequest } from './fixture/graphql-request.js';
import * as op from './fixture/operations.js';
import { askWithUrql } from './fixture/urql.js';

let h: Harness;
let api: Served;
let expected: Answers;
beforeAll(async () => {
  h = await openHarness();
  api = await serve(h);
  expected = answersOf({
    succeeded: await data(h, op.WhomDidOConnorSucceed),
    issued: await data(h, op.WhenWasTheAcpoPlanIssued),
    inspects: await data(h, op.WhomDoesHmicInspect),
    recommended: await data(h, op.WhatDidTheReportRecommend),
    strands: await data(h, op.TheFourStrands),
    path: await data(h, op.HowIsPsniConnectedToPrevent),
    timeline: await data(h, op.WhatHappenedAfterTheAcpoPlan),
    due: await data(h, op.WhatWasDueByMarch2010),
  });
});
afterAll(async () => {
  await api?.close();
  await h?.close();
});

/** The selection sets of a document's operations, printed: what an operation asks, its name aside. */
const selections = (document: DocumentNode) =>
  document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((d) => print(d.selectionSet));

describe('the README’s example operations', () => {
  it('are the fixture’s operations, in order', () => {
    const readme = readFileSync(projectPath('README.md'), 'utf8');
    const examples = readme.slice(
      readme.indexOf('### Five questions'),
      readme.indexOf('Typed versions of these operations'),
    );
    const blocks = [...examples.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.flatMap((block) => selections(parse(block)))).toEqual(
      Object.values(op).flatMap((document) => selections(document)),
    );
  });

  it('give the facts of the source', () => {
    expect(expected.oconnorSucceeded).toEqual(['Sir Ronnie Flanagan']);
    expect(expected.hmicInspects).toBe(4);
    expect(expected.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(expected.strands).toHaveLength(4);
    expect(expected.psniToPrevent[0]).toBe('Police Service of Northern Ireland');
    expect(expected.dueByMarch2010.length).toBeGreaterThan(0);
  });
});

describe('urql', () => {
  it('sends its queries by GET, with the header the CSRF guard asks for', async () => {
    const methods: string[] = [];
    const recording: typeof fetch = (input, init) => (methods.push(init?.method ?? 'GET'), fetch(input, init));
    expect(await askWithUrql(api.url, recording)).toEqual(expected);
    expect(methods).toHaveLength(8);
    expect(new Set(methods)).toEqual(new Set(['GET']));
  });
});

describe.each([
  ['Apollo Client 4', askWithApollo],
  ['urql', askWithUrql],
  ['graphql-request', askWithGraphqlRequest],
])('%s', (_client, ask) => {
  it('runs every example over HTTP and gets the server’s answers', async () => {
    expect(await ask(api.url)).toEqual(expected);
  });
});
