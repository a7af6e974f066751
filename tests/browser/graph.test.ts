// The graph view in a real browser, against the live API: HMIC's neighbourhood, expanding a node,
// a relationship's provenance, the path from PSNI to Prevent, and the timeline. Clicks on the canvas
// are real mouse clicks at the points where cytoscape drew the node or the relationship.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../helpers.js';
import { serve, type Served } from '../serve.js';
import { launchBrowser, type Browser } from './browser.js';

let h: Harness;
let api: Served;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  h = await openHarness();
  // Trusted-documents mode: the view must get by on its registered operations alone.
  api = await serve(h, { enforceTrustedDocuments: true });
  browser = await launchBrowser(api.origin);
  page = await browser.open(`${api.origin}/graph`);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await h?.close();
});

const onCanvas = () => page.evaluate(() => (window as any).graphView.entities().map((e: { key: string }) => e.key).sort() as string[]);
const status = () => page.locator('#status').innerText();

/** Where cytoscape drew a node (its centre) or a relationship (its midpoint), in page coordinates. */
async function pointOf(kind: 'node' | 'edge', id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([kind, id]) => {
      const cy = (window as any).graphView.core;
      const element = cy.getElementById(id);
      if (element.empty()) return null;
      const p = kind === 'node' ? element.renderedPosition() : element.renderedMidpoint();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [kind, id] as const,
  );
  if (!point) throw new Error(`nothing drawn with id ${id}`);
  return point;
}

describe('the graph view', { timeout: 90_000 }, () => {
  it('finds HMIC by search and draws its neighbourhood', async () => {
    await page.fill('#search', 'HMIC');
    await page.click('#search-form button');
    await page.locator('#results button[data-key="hmic"]').click();
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^HMIC: 6 neighbours/);
    expect(await onCanvas()).toEqual(['btp', 'hmcic', 'hmic', 'police-forces-england-wales', 'prevent-progress-and-prospects', 'psni', 'soca']);
    expect(await page.locator('#canvas-count').innerText()).toBe('7');
    await browser.screenshot(page, 'graph-neighbourhood');
  });

  it('shows the excerpt and document of a relationship when it is clicked', async () => {
    const { x, y } = await pointOf('edge', 'hmic|INSPECTS|psni');
    await page.mouse.click(x, y);
    const details = page.locator('#details');
    await expect.poll(() => details.innerText(), { timeout: 30_000 }).toContain('INSPECTS');
    const text = await details.innerText();
    expect(text).toContain('HMIC —INSPECTS→ Police Service of Northern Ireland');
    expect(text).toContain('the Police Service of Northern Ireland');
    expect(text).toMatch(/Source: .+/);
    await browser.screenshot(page, 'graph-relationship');
  });

  it('expands a node when it is clicked, keeping what was drawn', async () => {
    const { x, y } = await pointOf('node', 'prevent-progress-and-prospects');
    await page.mouse.click(x, y);
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^Prevent – Progress and Prospects: \d+ neighbours/);
    const keys = await onCanvas();
    for (const key of ['hmic', 'psni', 'prevent', 'rec-2009-1', 'rec-2009-6', '2009-06-24', 'pr-2009-002']) expect(keys).toContain(key);
    expect(keys.length).toBeGreaterThan(15);
    expect(await page.locator('#details h2').innerText()).toBe('Prevent – Progress and Prospects');
    await browser.screenshot(page, 'graph-expanded');
  });

  it('finds and highlights the path from PSNI to Prevent', async () => {
    await page.fill('#path-from', 'PSNI');
    await page.fill('#path-to', 'prevent');
    await page.click('#path-form button');
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^Police Service of Northern Ireland to Prevent: 3 steps/);
    const highlighted = await page.evaluate(() => (window as any).graphView.core.nodes('.path').map((n: any) => n.id()).sort());
    expect(highlighted).toEqual(['hmic', 'prevent', 'prevent-progress-and-prospects', 'psni']);
    const steps = await page.locator('#details ol.steps > li').allInnerTexts();
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^Police Service of Northern Ireland ←(INSPECTS|REGULATES)— HMIC/);
    expect(steps[1]).toMatch(/^HMIC —PUBLISHED→ Prevent – Progress and Prospects/);
    expect(steps[2]).toMatch(/^Prevent – Progress and Prospects —CONCERNS→ Prevent/);
    await browser.screenshot(page, 'graph-path');
  });

  it('lays dated events out as a timeline, earliest first', async () => {
    await page.click('#timeline-button');
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^\d+ dated events/);
    const dates = await page.locator('#details ol.timeline .date').allInnerTexts();
    expect(dates[0]).toBe('April 2008');
    expect(dates).toContain('24 June 2009');
    expect(dates.at(-1)).toBe('March 2010');
    const x = (key: string) => page.evaluate((k) => (window as any).graphView.core.getElementById(k).position('x') as number, key);
    expect(await x('2008-04')).toBeLessThan(await x('2009-05'));
    expect(await x('2009-05')).toBeLessThan(await x('2009-06-24'));
    expect(await x('2009-06-24')).toBeLessThan(await x('2010-03'));
    await browser.screenshot(page, 'graph-timeline');
  });

  it('asked nothing of any other origin and logged no error', () => {
    expect(browser.offsite).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
