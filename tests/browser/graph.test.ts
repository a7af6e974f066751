// The graph view in a real browser, against the live API in trusted-documents mode: entity boxes
// with suggestions that never pick silently, neighbourhoods, relationships reached by keyboard, k
// paths with a chooser, a layout that keeps what is placed, the URL as the picture (links, Back), the
// recommendations table, the source, the timeline on a time axis, exports, and axe-core's checks.
// Every step counts the user's clicks and keystrokes (see `user`).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveForFile } from '../support/serve.js';
import { seriousViolations } from './axe.js';
import { launchBrowser, type Browser } from './browser.js';

const api = serveForFile({ enforceTrustedDocuments: true });
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser(api().origin);
  page = await browser.open(`${api().origin}/graph`);
  await page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(async () => {
  await browser?.close();
});

/** The user's actions, counted: a click, or a key (each character typed is one keystroke). */
const count = { clicks: 0, keys: 0 };
const user = {
  async click(selector: string) {
    count.clicks++;
    await page.click(selector);
  },
  async type(selector: string, text: string) {
    count.clicks++; // into the box
    await page.fill(selector, '');
    await page.locator(selector).pressSequentially(text);
    count.keys += text.length;
  },
  async press(key: string) {
    count.keys++;
    await page.keyboard.press(key);
  },
};
const tally = () => {
  const t = { ...count };
  count.clicks = count.keys = 0;
  return t;
};

const onCanvas = () =>
  page.evaluate(
    () =>
      (window as any).graphView
        .entities()
        .map((e: { key: string }) => e.key)
        .sort() as string[],
  );
const positions = () =>
  page.evaluate(
    () =>
      Object.fromEntries(
        (window as any).graphView.core.nodes().map((n: any) => [n.id(), n.renderedPosition()]),
      ) as Record<string, { x: number; y: number }>,
  );
const status = () => page.locator('#status').innerText();
const options = (box: string) => page.locator(`#${box} ~ ul[role=listbox] li`).allInnerTexts();

describe('the graph view', { timeout: 120_000 }, () => {
  it('suggests entities with their types as a name is typed, exact names first, and picks only on the user’s choice', async () => {
    tally();
    await user.type('#search', 'Prevent');
    await expect.poll(() => options('search'), { timeout: 30_000 }).not.toEqual([]);
    const offered = await options('search');
    expect(offered[0]).toMatch(/^Prevent\s*Strand$/);
    expect(offered.some((o) => /Prevent – Progress and Prospects\s*Document/.test(o))).toBe(true);
    expect(await onCanvas()).toEqual([]); // nothing drawn until a pick
    await browser.screenshot(page, 'graph-suggestions-1440');
    await user.press('ArrowDown');
    await user.press('Enter');
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^Prevent: \d+ neighbours/);
    expect(await onCanvas()).toContain('ct-strategy');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    expect(page.url()).toContain('keys=prevent');
  });

  it('says in plain words when nothing matches, and keeps a long input short', async () => {
    await user.type('#search', 'zzqx');
    await expect.poll(() => options('search'), { timeout: 30_000 }).toEqual(['Nothing in the graph matches “zzqx”.']);
    await page.fill('#search', 'x'.repeat(300));
    await user.click('#search-form button');
    await expect.poll(status, { timeout: 30_000 }).toBe('That is too long to look up: shorten it and try again.');
    expect(await page.locator('#results li').count()).toBe(0);
    await page.fill('#search', '');
  });

  it('finds the path from PSNI to the Prevent strand, offering k paths, without moving what was placed', async () => {
    await page.goto(`${api().origin}/graph?keys=hmic`);
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^HMIC: 6 neighbours/);
    tally();
    await user.type('#path-from', 'psni');
    await expect.poll(() => options('path-from'), { timeout: 30_000 }).not.toEqual([]);
    await user.press('ArrowDown');
    await user.press('Enter');
    await user.type('#path-to', 'Prevent');
    await expect.poll(() => options('path-to'), { timeout: 30_000 }).not.toEqual([]);
    // Submitting a box that holds text, not a chosen entity, asks for the choice rather than guessing.
    await page.click('#path-form button[type=submit]');
    await expect
      .poll(status, { timeout: 30_000 })
      .toBe('Pick the entity you mean for “Prevent” from the list under the box.');
    await user.press('ArrowDown');
    await user.press('Enter');
    await user.click('#path-form button[type=submit]');
    await expect
      .poll(status, { timeout: 45_000 })
      .toMatch(/^Police Service of Northern Ireland to Prevent: 3 paths; path 1 has 3 steps/);
    const task = tally();
    const highlighted = await page.evaluate(() =>
      (window as any).graphView.core
        .nodes('.path')
        .map((n: any) => n.id())
        .sort(),
    );
    expect(highlighted).toEqual(['hmic', 'prevent', 'prevent-progress-and-prospects', 'psni']);
    const steps = await page.locator('#details ol.steps > li').allInnerTexts();
    expect(steps[2]).toMatch(/^Prevent – Progress and Prospects —CONCERNS→ Prevent/);
    expect(await page.locator('#details ul.chooser button').count()).toBe(3);
    console.log(`task "path PSNI → Prevent strand": ${task.clicks} clicks, ${task.keys} keystrokes`);
    await browser.screenshot(page, 'graph-path-1440');

    // The second path adds entities; the first's stay exactly where they were.
    const before = await positions();
    await page.click('#details ul.chooser button[data-path="1"]');
    await expect.poll(status, { timeout: 45_000 }).toMatch(/path 2 has \d+ steps/);
    const after = await positions();
    for (const [key, p] of Object.entries(before)) expect(after[key], key).toEqual(p);
    // Back returns to path 1; a link to this URL redraws the same picture.
    await page.goBack();
    await expect.poll(status, { timeout: 45_000 }).toMatch(/path 1 has 3 steps/);
    const again = await positions();
    for (const [key, p] of Object.entries(before)) expect(again[key], key).toEqual(p);
    const link = page.url();
    const other = await browser.open(link);
    await other.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => other.locator('#status').innerText(), { timeout: 45_000 }).toMatch(/path 1 has 3 steps/);
    expect(
      await other.evaluate(() =>
        (window as any).graphView.core
          .nodes('.path')
          .map((n: any) => n.id())
          .sort(),
      ),
    ).toEqual(highlighted);
    await other.close();
  });

  it('reaches a relationship and its evidence by keyboard, from the selected entity', async () => {
    await page.locator('#on-canvas summary').click();
    // Picked from the panel's list, the entity takes the keyboard with it: its actions, its sources
    // and then its relationships are the next stops of Tab.
    await page.locator('#canvas-list button[data-key="psni"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Police Service of Northern Ireland');
    const focusedRel = () => page.evaluate(() => document.activeElement?.getAttribute('data-rel'));
    let tabs = 0;
    while ((await focusedRel()) !== 'hmic|INSPECTS|psni' && tabs < 8) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(5);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details').innerText()).toContain('Provenance');
    expect(await page.locator('#details').innerText()).toContain('the Police Service of Northern Ireland');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('filters by type; exports PNG, SVG and JSON', async () => {
    await page.locator('#legend input[data-type="Organisation"]').uncheck();
    expect(
      await page.evaluate(() => (window as any).graphView.core.nodes('.hidden').map((x: any) => x.id())),
    ).toContain('psni');
    await page.locator('#legend input[data-type="Organisation"]').check();
    for (const format of ['png', 'svg', 'json']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#export-${format}`)]);
      const file = await download.path();
      const head = readFileSync(file).subarray(0, 8).toString('latin1');
      expect(head, format).toMatch(format === 'png' ? /PNG/ : format === 'svg' ? /<(\?xml|svg)/ : /^\{/);
    }
  });

  it('undoes Remove, Collapse and Expand, in the URL: Back undoes an undo, and a shared link undoes what it drew', async () => {
    await page.goto(`${api().origin}/graph?keys=hmic`);
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^HMIC: 6 neighbours/);
    const drawn = await positions();
    const pick = async (key: string, action: string) => {
      await page.locator('#on-canvas').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await page.locator(`#canvas-list button[data-key="${key}"]`).click();
      await page.locator('#details .actions button', { hasText: action }).click();
    };
    await pick('soca', 'Remove');
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Removed Serious Organised Crime Agency; Undo/);
    // The Remove button went with what it removed; focus moves to Undo, not to the page's top.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('undo');
    expect(await onCanvas()).not.toContain('soca');
    expect(page.url()).toContain('keys=hmic,~soca');
    // What stays does not move.
    const kept = await positions();
    for (const [key, p] of Object.entries(kept)) expect(p, key).toEqual(drawn[key]);

    await pick('psni', 'Expand');
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^Police Service of Northern Ireland: \d+ neighbours/);
    expect(page.url()).toContain('keys=hmic,~soca,psni');
    const expanded = await onCanvas();
    await user.click('#undo');
    await expect.poll(status, { timeout: 30_000 }).toBe('Undone: the expansion of Police Service of Northern Ireland.');
    expect(await positions()).toEqual(kept);
    await user.click('#undo');
    await expect.poll(status, { timeout: 30_000 }).toBe('Undone: Serious Organised Crime Agency is back.');
    expect(await positions()).toEqual(drawn);
    await user.click('#undo');
    await expect.poll(status).toBe('Nothing to undo: this is the drawing as first drawn.');

    // Undo is a step of the history like any other: Back takes back the undo, Forward redoes it.
    await page.goBack();
    await expect.poll(onCanvas, { timeout: 30_000 }).not.toContain('soca');
    await page.goBack();
    await expect.poll(onCanvas, { timeout: 30_000 }).toEqual(expanded);
    await page.goForward();
    await expect.poll(onCanvas, { timeout: 30_000 }).not.toContain('soca');
    expect(await positions()).toEqual(kept);

    // Collapse removes what hangs by an entity alone, as one step.
    await pick('hmic', 'Collapse');
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Collapsed \d+ entities that hung by HMIC alone/);
    const collapsed = await onCanvas();
    expect(collapsed.length).toBeLessThan(Object.keys(kept).length);

    // A link reopens the same picture, and its Undo works on what the link drew, step by step.
    const other = await browser.open(page.url());
    await other.setViewportSize({ width: 1440, height: 900 });
    const otherCanvas = () =>
      other.evaluate(
        () =>
          (window as any).graphView
            .entities()
            .map((e: { key: string }) => e.key)
            .sort() as string[],
      );
    await expect.poll(otherCanvas, { timeout: 45_000 }).toEqual(collapsed);
    await other.click('#undo');
    await expect
      .poll(() => other.locator('#status').innerText(), { timeout: 30_000 })
      .toMatch(/^Undone: \d+ entities are back/);
    expect(await otherCanvas()).toEqual(Object.keys(kept).sort());
    await other.click('#undo');
    await expect
      .poll(() => other.locator('#status').innerText(), { timeout: 30_000 })
      .toBe('Undone: Serious Organised Crime Agency is back.');
    expect(await otherCanvas()).toEqual(Object.keys(drawn).sort());
    await other.close();
  });

  it('answers “which recommendations go to whom, by when” in a table one click away, with evidence in the source', async () => {
    await page.goto(`${api().origin}/graph`);
    tally();
    await user.click('#recommendations-button');
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^6 recommendations/);
    const task = tally();
    console.log(`task "which recommendations go to whom by when": ${task.clicks} clicks, ${task.keys} keystrokes`);
    const rows = () => page.locator('#recs-table tbody tr').allInnerTexts();
    const three = (await rows()).find((r) => r.startsWith('3'))!;
    expect(three).toMatch(/Police Service/);
    expect(three).toMatch(/September 2009/);
    expect(three).toMatch(/Prevent/);
    await browser.screenshot(page, 'graph-recommendations-1440');
    await page.locator('#recs-table th button', { hasText: 'By when' }).click();
    expect((await rows())[0]).toMatch(/^3/);
    await page.fill('#recs-filter', 'March 2010');
    expect(await rows()).toHaveLength(1);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#recs-csv')]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.split('\r\n')[0]).toBe('number,what,toWhom,byWhen,strand,evidence,document,key');
    expect(text).toContain('March 2010');
    await page.fill('#recs-filter', '');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#recs-json')]);
    expect(JSON.parse(readFileSync(await json.path(), 'utf8'))).toHaveLength(6);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#recs-table tbody tr a.in-source').first().click();
    await expect.poll(() => page.locator('#source-mark').innerText(), { timeout: 30_000 }).not.toBe('');
    await browser.screenshot(page, 'graph-source-1440');
    await page.goBack();
    await expect.poll(() => page.locator('#recs-table').isVisible(), { timeout: 30_000 }).toBe(true);
  });

  it('lays the timeline on a time axis with addressees and deadlines, and keeps it when an event is picked', async () => {
    await page.click('#timeline-button');
    await expect.poll(status, { timeout: 45_000 }).toMatch(/^\d+ dated events on a time axis/);
    const x = (key: string) =>
      page.evaluate((k) => (window as any).graphView.core.getElementById(k).position('x') as number, key);
    // April 2008 → May 2009 is about 13 months; May → 24 June 2009 under two: the gaps say so.
    expect((await x('2009-05')) - (await x('2008-04'))).toBeGreaterThan(
      4 * ((await x('2009-06-24')) - (await x('2009-05'))),
    );
    const list = page.locator('#timeline-list');
    expect(await list.innerText()).toMatch(/DUE_BY Recommendation 3 to Police Service/);
    // The axis is drawn, a tick at each new year, and is not an entity of the picture.
    const ticks = await page.evaluate(() =>
      (window as any).graphView.core.nodes('.tick').map((n: any) => n.data('label')),
    );
    expect(ticks).toEqual(['2009', '2010']);
    expect(await onCanvas()).not.toContain('axis-2009');
    expect((await x('axis-2009')) > (await x('2008-04')) && (await x('axis-2009')) < (await x('2009-05'))).toBe(true);
    // Legible: not shrunk below three quarters to fit.
    expect(await page.evaluate(() => (window as any).graphView.core.zoom())).toBeGreaterThanOrEqual(0.75);
    await list.locator('button[data-key="rec-2009-3"]').click();
    expect(await page.locator('#details').innerText()).toContain('DUE_BY');
    expect(await list.innerText()).toMatch(/Timeline/);
    expect(await onCanvas()).toContain('2010-03');
    await browser.screenshot(page, 'graph-timeline-1440');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('asked nothing of any other origin and logged no error', () => {
    expect(browser.offsite).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
