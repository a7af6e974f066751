import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './web/build/precompress.js';

const root = path.dirname(fileURLToPath(import.meta.url));

// The browser pages (explorer and graph view) are built into dist/web/, which the API serves
// (src/server/web.ts): HTML at /explorer and /graph, everything else under /web/.
export default defineConfig({
  root: path.join(root, 'web'),
  base: '/web/',
  // Nothing is fetched at run time from anywhere but the API's origin: no CDN, no font service.
  build: {
    outDir: path.join(root, 'dist/web'),
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is large by nature; it is loaded only by the explorer page.
    chunkSizeWarningLimit: 5_000,
    rolldownOptions: {
      // React libraries mark modules "use client", which means nothing outside a server-components build.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: path.join(root, 'web/explorer/index.html'),
        graph: path.join(root, 'web/graph/index.html'),
      },
    },
  },
  plugins: [precompress()],
  worker: { format: 'es' },
});
