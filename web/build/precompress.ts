// A Vite build step: writes a brotli (quality 9) and a gzip (level 9) copy beside every built asset
// that compresses, so the API sends the assets at a better ratio than the runtime compressor's
// (quality 4, src/server/http.ts) without compressing them again for every request
// (src/server/web.ts). Quality 9 takes about 0.5 s for the editor's 2.8 MB bundle and gives 590 KB
// where quality 4 gives 663 KB; 11 would save 10% more at thirty times the time of every build.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|svg|json|ttf|map)$/;
const MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function compressFile(full: string): Promise<void> {
  const data = await readFile(full);
  if (data.length < MIN_BYTES) return;
  const params = { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length };
  await Promise.all([
    brotli(data, { params }).then((b) => writeFile(`${full}.br`, b)),
    gz(data, { level: 9 }).then((b) => writeFile(`${full}.gz`, b)),
  ]);
}

export function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const files = Object.keys(bundle).filter((file) => file.startsWith('assets/') && COMPRESSIBLE.test(file));
      // zlib's asynchronous calls run on libuv's thread pool, so the files compress side by side.
      await Promise.all(files.map((file) => compressFile(path.join(options.dir!, file))));
    },
  };
}
