// Serves the brotli or gzip copy that the build wrote beside a page asset (web/build/precompress.ts)
// to a client that accepts it, with the asset's own type; anything else falls through to the plain
// static handler. The runtime compressor (http.ts) leaves these alone, as they already carry an
// encoding.
import type { Request, RequestHandler, Response } from 'express';
import Negotiator from 'negotiator';
import { existsSync } from 'node:fs';
import path from 'node:path';

const SUFFIX = { br: '.br', gzip: '.gz' } as const;
type Encoding = keyof typeof SUFFIX | 'identity';

// negotiator 1.x takes the server's preference for equally weighted encodings (browsers list gzip
// before br); its published types predate that argument.
type Negotiate = (available: Encoding[], options: { preferred: Encoding[] }) => Encoding | undefined;
function negotiate(req: Request): Encoding | undefined {
  const negotiator = new Negotiator(req);
  return (negotiator.encoding as unknown as Negotiate).call(negotiator, ['br', 'gzip', 'identity'], {
    preferred: ['br', 'gzip'],
  });
}

export function precompressed(
  root: string,
  options: { setHeaders: (res: Response, file: string) => void },
): RequestHandler {
  const base = path.resolve(root);
  return (req: Request, res: Response, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let file: string;
    try {
      file = path.join(base, path.normalize(decodeURIComponent(req.path)));
    } catch {
      return next(); // a malformed escape: the static handler answers it
    }
    if (!file.startsWith(`${base}${path.sep}`)) return next();
    const encoding = negotiate(req);
    if (encoding === undefined || encoding === 'identity' || !existsSync(`${file}${SUFFIX[encoding]}`)) return next();
    res.vary('Accept-Encoding');
    res.set('content-encoding', encoding);
    res.type(path.extname(file));
    options.setHeaders(res, file);
    res.sendFile(`${file}${SUFFIX[encoding]}`, { cacheControl: false });
  };
}
