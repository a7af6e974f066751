// The pages the API serves to browsers: the explorer (GraphiQL) at /explorer and the graph view at
// /graph, built by Vite into dist/web/ (`npm run build`), their assets under /web/ and the favicon.
// Every one of these responses carries the same security headers, the built HTML under /web/
// included, so a page is never framed or sniffed whichever URL it was reached by. Also sends a
// browser that opens /graphql to the explorer. The CORS policy of /graphql is src/server/http.ts's.
import express, { type Express, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../paths.js';
import { isBrowserVisit } from './media-types.js';
import { precompressed } from './precompressed.js';

export const WEB_DIR = projectPath('dist/web');

const PAGES = { '/explorer': 'explorer/index.html', '/graph': 'graph/index.html' } as const;

// Everything from our own origin: if a dependency ever reached for a CDN or a font service, the
// browser would refuse, and the browser tests would see the page break.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Monaco and cytoscape set styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers of every page route: the policy above, no framing, no type sniffing. */
export const PAGE_HEADERS = {
  'content-security-policy': CSP,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

function pageHeaders(_req: Request, res: Response, next: () => void): void {
  res.set(PAGE_HEADERS);
  next();
}

function sendPage(file: string) {
  return (_req: Request, res: Response) => {
    const page = path.join(WEB_DIR, file);
    if (!existsSync(page)) {
      res
        .status(503)
        .type('text/plain')
        .send('The web pages are not built: run `npm run build` (npm start does it).\n');
      return;
    }
    res.set('cache-control', 'no-cache');
    res.sendFile(page);
  };
}

/** Built HTML is checked on every visit; the favicon keeps its name for a day; hashed assets forever. */
function cacheHeaders(res: Response, file: string): void {
  if (file.endsWith('.html')) res.set('cache-control', 'no-cache');
  else if (file.includes(`${path.sep}assets${path.sep}`))
    res.set('cache-control', 'public, max-age=31536000, immutable');
  else res.set('cache-control', 'public, max-age=86400');
}

export function mountWeb() {
  return (app: Express): void => {
    app.get('/graphql', (req, res, next) => (isBrowserVisit(req) ? res.redirect(302, '/explorer') : next()));
    for (const [route, file] of Object.entries(PAGES)) app.get(route, pageHeaders, sendPage(file));
    app.get('/', (_req, res) => res.redirect(302, '/graph'));
    // The pages name /web/favicon.svg; this is for whatever asks for the conventional name.
    app.get('/favicon.ico', pageHeaders, (_req, res) => res.redirect(301, '/web/favicon.svg'));
    // Hashed file names: a built asset never changes, so browsers may keep it.
    app.use(
      '/web',
      pageHeaders,
      precompressed(WEB_DIR, { setHeaders: cacheHeaders }),
      express.static(WEB_DIR, { index: false, cacheControl: false, setHeaders: cacheHeaders }),
    );
  };
}
