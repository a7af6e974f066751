// The pages the API serves to browsers: the explorer (GraphiQL) at /explorer and the graph view at
// /graph, built by Vite into dist/web/ (`npm run build`). Also sends a browser that opens /graphql to
// the explorer, and applies the CORS policy to /graphql.
import cors from 'cors';
import express, { type Express, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../paths.js';

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

function sendPage(file: string) {
  return (_req: Request, res: Response) => {
    const page = path.join(WEB_DIR, file);
    if (!existsSync(page)) {
      res.status(503).type('text/plain').send('The web pages are not built: run `npm run build` (npm start does it).\n');
      return;
    }
    res.set({ 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' });
    res.sendFile(page);
  };
}

/** A browser's plain visit to /graphql (HTML preferred, no operation in the URL). */
function isBrowserVisit(req: Request): boolean {
  if (req.method !== 'GET' || req.query.query !== undefined || req.query.documentId !== undefined) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

export function mountWeb(options: { corsOrigins: readonly string[] }) {
  return (app: Express): void => {
    if (options.corsOrigins.length) {
      app.use(
        '/graphql',
        cors({
          origin: options.corsOrigins.includes('*') ? '*' : [...options.corsOrigins],
          methods: ['GET', 'POST'],
          // The CSRF guard's headers must be allowed, or a cross-origin GET could never pass it.
          allowedHeaders: ['content-type', 'accept', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
          maxAge: 600,
        }),
      );
    }
    app.get('/graphql', (req, res, next) => (isBrowserVisit(req) ? res.redirect(302, '/explorer') : next()));
    for (const [route, file] of Object.entries(PAGES)) app.get(route, sendPage(file));
    app.get('/', (_req, res) => res.redirect(302, '/graph'));
    // Hashed file names: a built asset never changes, so browsers may keep it.
    app.use(
      '/web',
      express.static(WEB_DIR, {
        index: false,
        immutable: true,
        maxAge: '365d',
        setHeaders: (res, file) => void (file.endsWith('.html') && res.set('cache-control', 'no-cache')),
      }),
    );
  };
}
