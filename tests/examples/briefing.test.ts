// The example embedding app, run as its own process against the live API, as a developer would run it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, projectPath } from '../../src/paths.js';
import { CLIENT_MANIFEST } from '../../src/server/trusted-documents.js';
import { openHarness, type Harness } from '../helpers.js';
import { serve, type Served } from '../serve.js';

const run = promisify(execFile);
const BRIEFING_MANIFEST = projectPath('examples/briefing/generated/persisted-documents.json');

let h: Harness;
let api: Served;
let strictWithApp: Served;
let strictWithoutApp: Served;
beforeAll(async () => {
  h = await openHarness();
  api = await serve(h);
  strictWithApp = await serve(h, { enforceTrustedDocuments: true, manifests: [CLIENT_MANIFEST, BRIEFING_MANIFEST] });
  strictWithoutApp = await serve(h, { enforceTrustedDocuments: true });
});
afterAll(async () => {
  for (const served of [api, strictWithApp, strictWithoutApp]) await served?.close();
  await h?.close();
});

async function briefing(url: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'examples/briefing/main.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, API_URL: url },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('examples/briefing', () => {
  it('prints the briefing from the live API', async () => {
    const { code, stdout, stderr } = await briefing(api.url);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('BRIEFING: Prevent – Progress and Prospects');
    expect(stdout).toContain('Published by HMIC on 24 June 2009; concerns Prevent.');
    expect(stdout).toContain('HMIC is led by Denis O’Connor, Her Majesty’s Chief Inspector of Constabulary since May 2009.');
    expect(stdout).toContain('6 recommendations:');
    expect(stdout).toMatch(/^3\. Police Service to define .* To: Police Service\. Due by: September 2009\.$/m);
    expect(stdout).toMatch(/^4\. All forces .* Due by: March 2010\.$/m);
  });

  it('runs in trusted-documents mode once the API registers the app’s manifest', async () => {
    const { code, stdout } = await briefing(strictWithApp.url);
    expect(code).toBe(0);
    expect(stdout).toContain('6 recommendations:');
  });

  it('is refused, with the code, by a trusted-documents API that does not know its operations', async () => {
    const { code, stdout, stderr } = await briefing(strictWithoutApp.url);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/briefing failed \[OPERATION_NOT_TRUSTED\]/);
  });
});
