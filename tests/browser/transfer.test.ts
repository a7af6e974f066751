// What a first visit costs: the bytes a browser with an empty cache transfers to open the explorer
// (its editor workers and the schema included) and the graph view, each in a fresh browser profile.
// The total is counted where it is exact: the bytes the server wrote on every connection the
// browser opened (headers and bodies, as sent). Chromium's own per-response count (CDP's
// encodedDataLength, through playwright) names the heavy responses; it misses the bodies of worker
// scripts, so it only has to be below the total.
import type { Socket } from 'node:net';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveForFile } from '../support/serve.js';
import { launchBrowser } from './browser.js';

const api = serveForFile();

interface Transfer {
  /** Bytes the server wrote to the browser. */
  bytes: number;
  /** Chromium's count per response. */
  responses: { url: string; bytes: number; encoding: string }[];
}

/**
 * Opens `path` in a fresh browser, waits until `ready` holds (given the page and the URLs of the
 * responses finished so far) and the network is quiet, and counts what came over the wire.
 */
async function firstLoad(
  path: string,
  ready: (page: Page, finishedUrls: string[]) => Promise<unknown>,
): Promise<Transfer> {
  const browser = await launchBrowser(api().origin);
  const sockets: Socket[] = [];
  const onConnection = (socket: Socket) => sockets.push(socket);
  api().server.on('connection', onConnection);
  const finished: Promise<Transfer['responses'][number]>[] = [];
  const finishedUrls: string[] = [];
  const record = (request: Request) => {
    finishedUrls.push(request.url());
    finished.push(
      (async () => {
        const sizes = await request.sizes();
        const encoding = (await (await request.response())?.headerValue('content-encoding')) ?? 'none';
        return {
          url: request.url().replace(api().origin, ''),
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          encoding,
        };
      })(),
    );
  };
  browser.context.on('requestfinished', record);
  try {
    const page = await browser.open(`${api().origin}${path}`);
    await ready(page, finishedUrls);
    await page.waitForLoadState('networkidle');
    const responses = await Promise.all(finished);
    expect(browser.pageErrors).toEqual([]);
    return { bytes: sockets.reduce((sum, s) => sum + s.bytesWritten, 0), responses };
  } finally {
    api().server.off('connection', onConnection);
    await browser.close();
  }
}

/** The editor workers among some URLs, by name: …/assets/json.worker-….js is "json". */
const workerNames = (urls: string[]) => new Set(urls.flatMap((url) => /\/assets\/(\w+)\.worker-/.exec(url)?.[1] ?? []));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
function report(name: string, transfer: Transfer): void {
  const lines = transfer.responses
    .sort((a, b) => b.bytes - a.bytes)
    .map((r) => `  ${kb(r.bytes).padStart(8)}  ${r.encoding.padEnd(5)} ${r.url}`);
  console.log(
    `${name}: ${transfer.bytes} bytes transferred in ${transfer.responses.length} responses; by Chromium's count:\n${lines.join('\n')}`,
  );
}

describe('first load', { timeout: 120_000 }, () => {
  it('of the explorer, workers and schema included, transfers under 2 MB', async () => {
    const transfer = await firstLoad('/explorer', async (page, finishedUrls) => {
      await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor({ timeout: 60_000 });
      // The editor starts its workers (editor, GraphQL language, JSON) as it sets up: wait until
      // all three scripts have arrived.
      await expect.poll(() => workerNames(finishedUrls).size, { timeout: 60_000 }).toBe(3);
    });
    report('explorer', transfer);
    const counted = transfer.responses.reduce((sum, r) => sum + r.bytes, 0);
    expect(workerNames(transfer.responses.map((r) => r.url))).toEqual(new Set(['editor', 'graphql', 'json']));
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThanOrEqual(transfer.bytes);
    expect(transfer.bytes).toBeLessThan(2_000_000);
  });

  it('of the graph view transfers under 200 KB', async () => {
    const transfer = await firstLoad('/graph', (page) => page.locator('#search').waitFor());
    report('graph view', transfer);
    expect(transfer.responses.some((r) => /^\/web\/assets\/graph-.*\.js$/.test(r.url))).toBe(true);
    expect(transfer.bytes).toBeLessThan(200_000);
  });
});
