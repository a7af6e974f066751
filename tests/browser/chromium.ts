// Where the browser tests get Chromium: CHROMIUM_PATH when it is set, else the headless Chromium that
// the @sparticuz/chromium package ships inside node_modules (brotli-packed, with its own fonts), so
// `npm ci && npm test` needs no browser on the machine and nothing downloaded at run time.
//
// The package would unpack itself into the system's temporary directory under fixed names, which
// several checkouts (or an interrupted unpack) would share; instead it is unpacked once per version
// into node_modules/.cache/, into a staging folder renamed into place when complete, and given a
// fontconfig file of its own so that text renders without any font installed on the machine.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

export interface ChromiumBinary {
  executablePath: string;
  /** Flags the binary needs beyond what playwright passes. */
  args: string[];
  /** Environment for the browser process (fontconfig for the packaged fonts). */
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium';
}

// Always passed: no sandbox (tests may run as root in a container), no GPU, and nothing that calls
// home; the machine may refuse every outside connection, and a test must never wait on one.
const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--metrics-recording-only',
];

// What @sparticuz/chromium's build needs on a normal Linux machine: its binary is a headless shell
// built for one process (the zygote and the setuid sandbox are absent), with WebGL off as we have no GPU.
const PACKAGED_ARGS = [
  '--headless=shell',
  '--no-zygote',
  '--single-process',
  '--disable-setuid-sandbox',
  '--disable-webgl',
  '--font-render-hinting=none',
];

const require = createRequire(import.meta.url);

function packageBin(): { bin: string; version: string } {
  // The package exports only its entry (build/index.js), not its package.json.
  const root = path.dirname(path.dirname(require.resolve('@sparticuz/chromium')));
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { bin: path.join(root, 'bin'), version };
}

/** The unpacked folder for this version (binary `chromium`, `fonts/`, `fonts.conf`), unpacking it if need be. */
async function unpacked(): Promise<string> {
  const { bin, version } = packageBin();
  const target = path.join(PROJECT_ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
  if (existsSync(path.join(target, 'chromium'))) return target;
  const staging = `${target}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // The package's own unpacker writes into os.tmpdir(), which follows TMPDIR at call time.
  const { inflate } = await import('@sparticuz/chromium');
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await inflate(path.join(bin, 'chromium.br'));
    await inflate(path.join(bin, 'fonts.tar.br'));
    await inflate(path.join(bin, 'swiftshader.tar.br'));
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  // The packaged fonts.conf names Lambda's folders; ours names the unpacked fonts and nothing else.
  const fontsDir = path.join(target, 'fonts');
  writeFileSync(
    path.join(staging, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fontsDir}</dir>\n  <cachedir>${path.join(target, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another run finished first: keep its copy.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(target, 'chromium'))) throw error;
  }
  return target;
}

export async function findChromium(): Promise<ChromiumBinary> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH names ${chosen}, which does not exist`);
    return { executablePath: chosen, args: ['--headless', ...COMMON_ARGS], env: {}, source: 'CHROMIUM_PATH' };
  }
  const dir = await unpacked();
  return {
    executablePath: path.join(dir, 'chromium'),
    args: [...PACKAGED_ARGS, ...COMMON_ARGS],
    env: { FONTCONFIG_FILE: path.join(dir, 'fonts.conf') },
    source: '@sparticuz/chromium',
  };
}
