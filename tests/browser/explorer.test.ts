// The explorer in a real browser: served by the API, offline, preloaded with the README's examples,
// running a query and browsing the schema's docs.
import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { serveForFile } from '../support/serve.js';
import { launchBrowser, type Browser } from './browser.js';

const api = serveForFile();
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser(api().origin);
  // A browser that opens the endpoint itself is sent to the explorer.
  page = await browser.open(api().url);
});
afterAll(async () => {
  await browser?.close();
});

describe('the explorer', { timeout: 90_000 }, () => {
  it('opens from /graphql with one tab per example operation of the README', async () => {
    expect(new URL(page.url()).pathname).toBe('/explorer');
    const blocks = [...readFileSync(projectPath('README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)];
    const examples = blocks.flatMap(([, body]) =>
      parse(body!).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION),
    );
    expect(examples.length).toBeGreaterThanOrEqual(5);
    await page.locator('.graphiql-tab').first().waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBe(examples.length);
    // Titled in plain words, not by the operation names GraphiQL would show.
    await expect.poll(() => page.locator('.graphiql-tab').first().innerText()).toBe("Whom did Denis O'Connor succeed?");
    const titles = await page.locator('.graphiql-tab-button').allInnerTexts();
    expect(titles).toContain('What was due by March 2010?');
    for (const title of titles) expect(title).toMatch(/^[A-Z][^ ]* .*/);
  });

  it('runs the first example and shows the answer', async () => {
    // Once the schema has loaded (its docs show), the editor is ready for a run.
    await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor({ timeout: 45_000 });
    // On a busy machine the query editor (Monaco, with its workers) may still be filling in the
    // tab's operation when the docs show; wait until it holds the first example.
    const editor = page.locator('.graphiql-query-editor');
    await expect
      .poll(async () => (await editor.innerText()).replace(/\s+/g, ' '), { timeout: 45_000 })
      .toContain('denis-oconnor');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    // Monaco lays text out with non-breaking spaces and wraps long strings.
    const shown = async () => (await response.innerText()).replace(/\s+/g, ' ');
    await expect.poll(shown, { timeout: 60_000 }).toContain('Sir Ronnie Flanagan');
    const text = await shown();
    expect(text).toContain('"name": "Denis O’Connor"');
    expect(text).toContain('"excerpt": "He took over the role from Sir Ronnie Flanagan."');
    await browser.screenshot(page, 'explorer-query');
  });

  it('browses the schema’s documentation down to a relationship field', async () => {
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('organisation', { exact: true }).first().click();
    await docs.getByText('Organisation', { exact: true }).first().click();
    await docs.getByText('inspects', { exact: true }).first().waitFor();
    expect(await docs.innerText()).toContain('An inspectorate inspects a policing body.');
    await browser.screenshot(page, 'explorer-docs');
  });

  it('asked nothing of any other origin and logged no error', () => {
    expect(browser.offsite).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
