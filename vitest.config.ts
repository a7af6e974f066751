import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships both CommonJS and .mjs builds. Libraries here (type-graphql, Apollo) load the
    // CommonJS one; without this alias Vite would hand the project's own files the .mjs one, and
    // graphql refuses to mix types from the two ("from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts one real Neo4j for the whole run (see tests/support/global-setup.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Integration tests share the database; files run one after another on this 2-core budget.
    fileParallelism: false,
  },
});
