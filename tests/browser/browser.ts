// Chromium (see chromium.ts: the packaged one, or CHROMIUM_PATH) driven by playwright-core, which
// never downloads a browser of its own. Every launch gets a fresh profile, and every page records requests that leave the API's origin, so a
// test can prove that the pages work with the network cut.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/paths.js';
import { findChromium } from './chromium.js';

export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'screenshots');

export interface Browser {
  context: BrowserContext;
  /** Opens a page; any request to another origin is aborted and recorded in `offsite`. */
  open(url: string): Promise<Page>;
  offsite: string[];
  /** Console errors and uncaught exceptions of every page opened. */
  pageErrors: string[];
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchBrowser(origin: string): Promise<Browser> {
  const chromiumBinary = await findChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'ct-graph-chromium-'));
  // launchPersistentContext is how playwright takes a --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumBinary.executablePath,
    headless: true,
    args: chromiumBinary.args,
    // playwright hands the browser exactly this environment, so the process's own goes with it.
    env: { ...process.env, ...chromiumBinary.env },
    viewport: { width: 1400, height: 900 },
  });
  const offsite: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsite.push(url);
    return route.abort('internetdisconnected');
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    offsite,
    pageErrors,
    async open(url) {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
      page.on(
        'console',
        (message) => void (message.type() === 'error' && pageErrors.push(`${url}: ${message.text()}`)),
      );
      await page.goto(url);
      return page;
    },
    async screenshot(page, name) {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
