import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Starts one real Neo4j for the whole run (see tests/global-setup.ts).
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Integration tests share the database; files run one after another on this 2-core budget.
    fileParallelism: false,
  },
});
