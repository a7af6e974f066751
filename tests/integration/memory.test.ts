// No growth per request: a child process (node --expose-gc) serves the API and reads it 1,000 times,
// then 4,000 times more (tests/memory/reads-child.ts). The heap it retains after the second batch
// may differ from that after the first by at most ALLOWANCE_BYTES. A result kept per read (as when
// every read raced one long-lived promise) retained 34 MB more over the 4,000 reads; without it the
// difference measured 1.5 to 2 MB, what the process still warms up (compiled code, pools) between
// the 1,000th read and the 5,000th, and flat after that (9,000 and 13,000 reads within 0.5 MB).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

const ALLOWANCE_BYTES = 4 * 1024 * 1024;

it('retains no more heap after 5,000 reads than after 1,000', { timeout: 300_000 }, async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'tests/memory/reads-child.ts'],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, MEMORY_NEO4J_URI: inject('neo4jUri') },
      timeout: 280_000,
    },
  );
  const { reads, after1000, after5000 } = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    reads: number;
    after1000: number;
    after5000: number;
  };
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
  console.log(`retained heap after 1,000 reads ${mb(after1000)} MB, after ${reads} reads ${mb(after5000)} MB`);
  expect(reads).toBe(5_000);
  expect(Math.abs(after5000 - after1000)).toBeLessThanOrEqual(ALLOWANCE_BYTES);
});
