import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVE_NODE_FLAGS } from '../../src/node-flags.js';
import { projectPath } from '../../src/paths.js';

describe('the flags the API is served with', () => {
  it('are the ones `npm start` passes, so the benchmark and load scripts serve it as it is served', () => {
    const { scripts } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const serve = /node ((?:--\S+ )*)dist\/src\/cli\.js serve/.exec(scripts.start ?? '');
    expect(serve, 'the start script runs dist/src/cli.js serve').not.toBeNull();
    expect(serve![1]!.trim().split(' ').filter(Boolean)).toEqual([...SERVE_NODE_FLAGS]);
  });
});
