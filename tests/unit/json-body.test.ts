// The plain JSON body reader (src/server/json-body.ts) against body-parser, which it stands in for:
// for every body it takes, the same value or the same kind of error; every other body is left to
// body-parser. Two loopback servers, one reading with each, are sent the same requests.
import bodyParser from 'body-parser';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlainJson, readPlainJson } from '../../src/server/json-body.js';

const LIMIT = 1000;
const parser = bodyParser.json({ limit: LIMIT });

interface Outcome {
  reader: 'plain' | 'body-parser';
  body?: unknown;
  error?: string;
}

const seen: Outcome[] = [];
type Read = (req: IncomingMessage, res: ServerResponse, done: (error?: unknown) => void) => void;
function serve(choose: (req: IncomingMessage) => [Outcome['reader'], Read]) {
  return createServer((req, res) => {
    const [reader, read] = choose(req);
    read(req, res, (error?: unknown) => {
      const outcome: Outcome = error
        ? { reader, error: (error as { type?: string }).type }
        : { reader, body: (req as { body?: unknown }).body };
      seen.push(outcome);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(outcome));
    });
  });
}

const servers: Server[] = [];
const urls: { plain: string; parser: string } = { plain: '', parser: '' };
beforeAll(async () => {
  const both = serve((req) =>
    isPlainJson(req, LIMIT) ? ['plain', (r, _res, done) => readPlainJson(r, done)] : ['body-parser', parser],
  );
  const only = serve(() => ['body-parser', parser]);
  for (const [server, key] of [
    [both, 'plain'],
    [only, 'parser'],
  ] as const) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    urls[key] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
});

function post(url: string, body: Buffer | string, headers: Record<string, string | number>): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Outcome));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sized = (body: Buffer | string, type = 'application/json') => ({
  'content-type': type,
  'content-length': Buffer.byteLength(body),
});

describe('the plain JSON body reader', () => {
  const bodies: [string, Buffer | string][] = [
    ['an object', '{"query":"{ organisation(key: \\"hmic\\") { name } }","variables":{"n":1}}'],
    ['an array', '[{"query":"{ a }"},{"query":"{ b }"}]'],
    ['leading whitespace', ' \t\r\n{"query":"{ a }"}'],
    ['text beyond ASCII', '{"query":"{ search(text: \\"é ✓ 😀 Ñ\\") { key } }"}'],
    ['a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"{ a }"}')])],
    [
      'bytes that are not UTF-8',
      Buffer.concat([Buffer.from('{"query":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
    ],
    ['a string', '"{ a }"'],
    ['a number', '42'],
    ['null', 'null'],
    ['whitespace alone', '   '],
    ['broken JSON', '{"query": '],
    ['not JSON', 'not json at all'],
    ['trailing text', '{"query":"{ a }"} x'],
  ];
  for (const [name, body] of bodies) {
    it(`reads ${name} as body-parser does`, async () => {
      const mine = await post(urls.plain, body, sized(body));
      const theirs = await post(urls.parser, body, sized(body));
      expect(mine.reader).toBe('plain');
      expect({ body: mine.body, error: mine.error }).toEqual({ body: theirs.body, error: theirs.error });
    });
  }

  it('takes the content types body-parser reads as UTF-8 JSON', async () => {
    for (const type of [
      'application/json',
      'Application/JSON',
      'application/json; charset=utf-8',
      'application/json;charset=UTF-8',
      'application/json; charset="utf-8"',
    ]) {
      const outcome = await post(urls.plain, '{"a":1}', sized('{"a":1}', type));
      expect([type, outcome]).toEqual([type, { reader: 'plain', body: { a: 1 } }]);
    }
  });

  it('leaves every other body to body-parser, which answers it as before', async () => {
    const json = '{"a":1}';
    const gzipped = gzipSync(json);
    const cases: [string, Buffer | string, Record<string, string | number>, Outcome][] = [
      [
        'a compressed body',
        gzipped,
        { ...sized(gzipped), 'content-encoding': 'gzip' },
        { reader: 'body-parser', body: { a: 1 } },
      ],
      [
        'another charset',
        json,
        sized(json, 'application/json; charset=latin1'),
        { reader: 'body-parser', error: 'charset.unsupported' },
      ],
      ['another type', json, sized(json, 'text/plain'), { reader: 'body-parser' }],
      ['an empty body', '', sized(''), { reader: 'body-parser', body: {} }],
      [
        'a body over the limit',
        `{"a":"${'x'.repeat(LIMIT)}"}`,
        sized(`{"a":"${'x'.repeat(LIMIT)}"}`),
        { reader: 'body-parser', error: 'entity.too.large' },
      ],
      [
        'a chunked body',
        json,
        { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        { reader: 'body-parser', body: { a: 1 } },
      ],
    ];
    for (const [name, body, headers, expected] of cases) {
      expect([name, await post(urls.plain, body, headers)]).toEqual([name, expected]);
    }
  });

  it('joins a body that arrives in pieces, a character split between them', async () => {
    const body = Buffer.from('{"q":"é✓😀"}');
    const socket = connect((servers[0]!.address() as AddressInfo).port, '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
        if (text.includes('}')) resolve(text);
      });
    });
    socket.write(
      `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.subarray(0, 8)); // ends inside the two bytes of é
    await new Promise((resolve) => setTimeout(resolve, 30));
    socket.write(body.subarray(8, 11));
    await new Promise((resolve) => setTimeout(resolve, 30));
    socket.end(body.subarray(11));
    const text = await answer;
    socket.destroy();
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toEqual({ reader: 'plain', body: { q: 'é✓😀' } });
  });

  it('reports a request that stops before its body ends as aborted, once', async () => {
    const before = seen.length;
    const socket = connect((servers[0]!.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    socket.destroy();
    await expect.poll(() => seen.length, { timeout: 2000 }).toBe(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.slice(before)).toEqual([{ reader: 'plain', error: 'request.aborted' }]);
  });
});
