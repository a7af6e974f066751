// The example embedding app as a developer runs it: the client packed with `npm pack`, installed from
// that tarball into a copy of the app outside this repository, the app compiled by tsc against the
// package's exports and type declarations, and run as its own process against the live API.
import { execFile } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, projectPath } from '../../src/paths.js';
import { CLIENT_MANIFEST } from '../../src/server/trusted-documents.js';
import { openHarness, type Harness } from '../support/helpers.js';
import { serve, type Served } from '../support/serve.js';

const run = promisify(execFile);
const BRIEFING_MANIFEST = projectPath('examples/briefing/generated/persisted-documents.json');
// npm's own variables from an enclosing `npm test` (workspace, prefix…) must not steer the app's npm.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

let work: string;
let app: string;
let tarball: string;
let h: Harness;
let api: Served;
let strictWithApp: Served;
let strictWithoutApp: Served;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'briefing-app-'));
  // `npm pack` builds the client first (its prepack script).
  await run('npm', ['pack', '--workspace', '@ct-knowledge-graph/client', '--pack-destination', work], {
    cwd: PROJECT_ROOT,
    env: cleanEnv,
  });
  tarball = path.join(work, readdirSync(work).find((name) => name.endsWith('.tgz'))!);
  app = path.join(work, 'app');
  cpSync(projectPath('examples/briefing'), app, {
    recursive: true,
    filter: (from) => !/[/\\](dist|node_modules)$/.test(from),
  });
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], {
    cwd: app,
    env: cleanEnv,
    timeout: 150_000,
  });
  await run('npm', ['run', 'build'], { cwd: app, env: cleanEnv });
  h = await openHarness();
  api = await serve(h);
  strictWithApp = await serve(h, { enforceTrustedDocuments: true, manifests: [CLIENT_MANIFEST, BRIEFING_MANIFEST] });
  strictWithoutApp = await serve(h, { enforceTrustedDocuments: true });
}, 240_000);
afterAll(async () => {
  for (const served of [api, strictWithApp, strictWithoutApp]) await served?.close();
  await h?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function briefing(url: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/main.js'], {
      cwd: app,
      env: { ...cleanEnv, API_URL: url },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the client package', () => {
  it('is installed from the tarball: built code and type declarations, no source', () => {
    const installed = path.join(app, 'node_modules/@ct-knowledge-graph/client');
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(readdirSync(installed).sort()).toEqual(['dist', 'package.json']);
    expect(readdirSync(path.join(installed, 'dist'))).toEqual(
      expect.arrayContaining(['index.js', 'index.d.ts', 'errors.d.ts']),
    );
    const appManifest = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8'));
    expect(appManifest.dependencies['@ct-knowledge-graph/client']).toMatch(/^file:.*\.tgz$/);
    // The compiled app imports the package by name, not this repository's source.
    expect(readFileSync(path.join(app, 'dist/main.js'), 'utf8')).toContain("from '@ct-knowledge-graph/client'");
  });
});

describe('examples/briefing', () => {
  it('prints the briefing from the live API', async () => {
    const { code, stdout, stderr } = await briefing(api.url);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('BRIEFING: Prevent – Progress and Prospects');
    expect(stdout).toContain('Published by HMIC on 24 June 2009; concerns Prevent.');
    expect(stdout).toContain(
      'HMIC is led by Denis O’Connor, Her Majesty’s Chief Inspector of Constabulary since May 2009.',
    );
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
