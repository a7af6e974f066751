// The API over real HTTP: a plain POST to /graphql, as a user's first request would be.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp, listen, type Listening } from '../../src/server/http.js';
import { openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
let http: Listening;
beforeAll(async () => {
  h = await openHarness();
  http = await listen(createHttpApp({ apollo: h.server, context: async () => h.context }), 0, '127.0.0.1');
});
afterAll(async () => {
  await http.close();
  await h.close();
});

async function post(body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(http.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

describe('POST /graphql', () => {
  it('answers whom Denis O’Connor succeeded', async () => {
    const { status, json } = await post({ query: '{ person(key: "denis-oconnor") { succeeded { nodes { name } } } }' });
    expect(status).toBe(200);
    expect(json).toEqual({ data: { person: { succeeded: { nodes: [{ name: 'Sir Ronnie Flanagan' }] } } } });
  });

  it('answers when the ACPO plan was issued', async () => {
    const { json } = await post({
      query: 'query($k: String!) { document(key: $k) { issuedOn { nodes { name precision } } } }',
      variables: { k: 'police-prevent-strategy-and-delivery-plan' },
    });
    expect(json.data.document.issuedOn.nodes).toEqual([{ name: 'April 2008', precision: 'MONTH' }]);
  });

  it('answers which bodies HMIC inspects', async () => {
    const { json } = await post({ query: '{ organisation(key: "hmic") { inspects { totalCount nodes { key } } } }' });
    expect(json.data.organisation.inspects).toEqual({
      totalCount: 4,
      nodes: [{ key: 'btp' }, { key: 'police-forces-england-wales' }, { key: 'psni' }, { key: 'soca' }],
    });
  });

  it('rejects a malformed body with a 400 and no data', async () => {
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });
});
