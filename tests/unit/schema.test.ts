// The committed SDL and the generated client are derived files; they must match the code.
import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import briefingConfig from '../../examples/briefing/codegen.js';
import clientsFixtureConfig from '../clients/fixture/codegen.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { printAppSchema } from '../../src/schema/build-schema.js';

describe('derived files', () => {
  it('schema/schema.graphql is what the code emits (run `npm run generate` after a schema change)', () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, 'schema/schema.graphql'), 'utf8');
    expect(committed).toBe(printAppSchema());
  });

  it.each([
    ['packages/client/src/generated/', config],
    ['examples/briefing/generated/', briefingConfig],
    ['tests/clients/fixture/generated/', clientsFixtureConfig],
  ])('%s is what graphql-codegen produces from it', async (_folder, codegenConfig) => {
    const outputs = (await generate({ ...codegenConfig, cwd: PROJECT_ROOT, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(path.resolve(PROJECT_ROOT, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale; run npm run generate`).toBe(output.content);
    }
  });
});
