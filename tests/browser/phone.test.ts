// The graph view and the explorer on a phone (375 × 800): the canvas and the panel stack, every
// control of the header can be reached and is not covered by another, a path can be found; the
// explorer's editor and its response stack, each the width of the screen, and a query run there
// shows its answer. Screenshots at this size and at 1440 × 900.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveForFile } from '../support/serve.js';
import { seriousViolations } from './axe.js';
import { launchBrowser, type Browser } from './browser.js';

const api = serveForFile();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser(api().origin);
});
afterAll(async () => {
  await browser?.close();
});

const box = (page: Page, selector: string) => page.locator(selector).boundingBox();

/** True when a click at the centre of the element would land on it (nothing drawn over it). */
const reachable = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const e = document.querySelector(s)!;
    const r = e.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.width > 0 && r.height > 0 && !!hit && (hit === e || e.contains(hit));
  }, selector);

describe('on a phone', { timeout: 120_000 }, () => {
  it('stacks the canvas and the panel, and every control of the graph view works', async () => {
    const page = await browser.open(`${api().origin}/graph`);
    await page.setViewportSize({ width: 375, height: 800 });
    const graph = (await box(page, '#graph'))!;
    const panel = (await box(page, '#panel'))!;
    expect(graph.width).toBeGreaterThan(340);
    expect(graph.height).toBeGreaterThan(250);
    expect(panel.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
    for (const control of [
      '#search',
      '#search-form button',
      '#path-from',
      '#path-to',
      '#path-k',
      '#path-form button',
      '#recommendations-button',
      '#timeline-button',
      '#fit',
      '#undo',
      '#export-png',
    ]) {
      await page.locator(control).scrollIntoViewIfNeeded();
      expect(await reachable(page, control), control).toBe(true);
    }
    await page.locator('#path-from').pressSequentially('psni');
    await page.locator('#path-from ~ ul li[data-key="psni"]').click();
    await page.locator('#path-to').pressSequentially('prevent');
    // The suggestions stay on the screen, long names wrapped rather than cut off at its edge.
    const offered = page.locator('#path-to ~ ul[role=listbox]');
    await offered.locator('li[data-key="prevent"]').waitFor({ timeout: 30_000 });
    const list = (await offered.boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(0);
    expect(list.x + list.width).toBeLessThanOrEqual(375);
    await page.locator('#path-to ~ ul li[data-key="prevent"]').click();
    await page.click('#path-form button');
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 45_000 }).toMatch(/path 1 has 3 steps/);
    // Fitted into 375 px the labels would be specks: the drawing opens no smaller than 0.8, labels drawn.
    expect(await page.evaluate(() => (window as any).graphView.core.zoom())).toBeGreaterThanOrEqual(0.8);
    await page.evaluate(() => window.scrollTo(0, 0));
    await browser.screenshot(page, 'graph-path-375');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('#recommendations-button');
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 45_000 }).toMatch(/^6 recommendations/);
    // Each recommendation is a card as wide as the screen: nothing to scroll sideways, its evidence link in reach.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const card = (await box(page, '#recs-table tbody tr:first-child'))!;
    expect(card.x + card.width).toBeLessThanOrEqual(375);
    await page.locator('#recs-table tbody tr:first-child a.in-source').scrollIntoViewIfNeeded();
    expect(await reachable(page, '#recs-table tbody tr:first-child a.in-source')).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await browser.screenshot(page, 'graph-recommendations-375');
    await page.click('#timeline-button');
    await expect.poll(() => page.locator('#status').innerText(), { timeout: 45_000 }).toMatch(/dated events/);
    await browser.screenshot(page, 'graph-timeline-375');
    await page.close();
  });

  it('stacks the explorer’s editor and its response, and runs a query whose answer shows', async () => {
    const page = await browser.open('about:blank');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${api().origin}/explorer`);
    const editor = page.locator('.graphiql-query-editor');
    await editor.waitFor({ timeout: 45_000 });
    await expect
      .poll(async () => (await editor.innerText()).replace(/\s+/g, ' '), { timeout: 45_000 })
      .toContain('denis-oconnor');
    const query = (await box(page, '.graphiql-query-editor'))!;
    // GraphiQL keeps its sidebar of tools (about 60 px); the editor has the rest, none of it cut off.
    expect(query.width).toBeGreaterThan(250);
    expect(query.x + query.width).toBeLessThanOrEqual(376);
    expect(query.height).toBeGreaterThan(200);
    expect(await reachable(page, '.graphiql-execute-button')).toBe(true);
    await page.locator('.graphiql-execute-button').click();
    const shown = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    await expect.poll(shown, { timeout: 60_000 }).toContain('"name": "Denis O’Connor"');
    // The response is under the editor, as wide, and on the screen without scrolling.
    const response = (await box(page, '.graphiql-response'))!;
    expect(response.y).toBeGreaterThanOrEqual(query.y + query.height);
    expect(response.width).toBeGreaterThan(250);
    expect(response.x + response.width).toBeLessThanOrEqual(376);
    expect(response.height).toBeGreaterThan(200);
    expect(response.y + response.height).toBeLessThanOrEqual(800);
    expect(await reachable(page, '.graphiql-response')).toBe(true);
    await browser.screenshot(page, 'explorer-375');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.reload();
    await page.locator('.graphiql-query-editor').waitFor({ timeout: 45_000 });
    await browser.screenshot(page, 'explorer-1440');
    await page.close();
  });
});
