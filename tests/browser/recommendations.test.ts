// The recommendations table lists every recommendation, however many: with sixty more written by a
// FICTIONAL document (generated here, loaded through the same checks as any source, removed after),
// the table pages through the connection by its cursor rather than stopping at the first page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocuments, loadFacts, removeDocument } from '../../src/data/load.js';
import { openHarness, type Harness } from '../support/helpers.js';
import { serveForFile } from '../support/serve.js';
import { launchBrowser, type Browser } from './browser.js';

const DOCUMENT = 'fictional-long-review';
const EXTRA = 60;
const numbers = Array.from({ length: EXTRA }, (_, i) => 101 + i); // three digits each: no excerpt is inside another
const sentence = (n: number) => `Recommendation number ${n} asks for a fictional review.`;

/** A document folder that recommends EXTRA fictional things, each stated by its own sentence. */
function writeFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'long-review-'));
  const title = 'A Long Review (fictional)';
  writeFileSync(
    path.join(folder, 'text.txt'),
    `FICTIONAL TEST DOCUMENT.\n\n${title}\n\n${numbers.map(sentence).join('\n')}\n`,
  );
  const claims = {
    document: {
      key: DOCUMENT,
      text: 'text.txt',
      fictional: true,
      attribution: 'Written for the tests.',
      licence: { name: 'Same as the project' },
    },
    entities: [
      { key: DOCUMENT, type: 'Document', props: { name: title, kind: 'REPORT' }, sources: [title] },
      ...numbers.map((n) => ({
        key: `fictional-rec-${n}`,
        type: 'Recommendation',
        props: { name: `Recommendation ${n}`, number: n, text: sentence(n) },
        sources: [sentence(n)],
      })),
    ],
    relationships: numbers.map((n) => ({
      type: 'RECOMMENDS',
      from: DOCUMENT,
      to: `fictional-rec-${n}`,
      sources: [sentence(n)],
    })),
  };
  writeFileSync(path.join(folder, 'claims.json'), JSON.stringify(claims, null, 2));
  return folder;
}

const api = serveForFile();
let h: Harness;
let folder: string;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  h = await openHarness();
  folder = writeFolder();
  await loadDocuments(h.db, [folder]);
  browser = await launchBrowser(api().origin);
  page = await browser.open(`${api().origin}/graph`);
  await page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(async () => {
  await browser?.close();
  if (h) {
    await removeDocument(h.db, DOCUMENT);
    await loadFacts(h.db);
    await h.close();
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the recommendations table', { timeout: 120_000 }, () => {
  it('lists every recommendation when there are more than one page of them', async () => {
    const stored = await h.db.read<{ n: number }>('MATCH (r:Recommendation) RETURN count(r) AS n');
    const total = stored.records[0]!.get('n');
    expect(total).toBeGreaterThan(50 + 6);
    await page.click('#recommendations-button');
    await expect
      .poll(() => page.locator('#status').innerText(), { timeout: 60_000 })
      .toMatch(new RegExp(`^${total} recommendations`));
    expect(await page.locator('#recs-table tbody tr').count()).toBe(total);
    expect(await page.locator('#recs-count').innerText()).toBe(`${total} of ${total} recommendations`);
    // The last of them is there, and sorting on the number puts it first.
    await page.locator('#recs-table th button', { hasText: 'No.' }).click();
    expect(await page.locator('#recs-table tbody tr').first().innerText()).toMatch(/^160\s/);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#recs-json')]);
    const rows = JSON.parse(readFileSync(await json.path(), 'utf8')) as { key: string }[];
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.key)).size).toBe(total);
    await page.fill('#recs-filter', 'number 137');
    expect(await page.locator('#recs-table tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^137\s+Recommendation number 137 asks/),
    ]);
  });

  it('asked nothing of any other origin and logged no error', () => {
    expect(browser.offsite).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
