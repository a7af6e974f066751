// Measures what a newcomer waits for: the time from `npm start` to the first answered query, with the
// Maven cache cold (a fresh local repository, so Neo4j is downloaded) and warm, and the resident
// memory of the Neo4j process and of the API process at rest.
//
//   npm run measure:startup            both runs
//   npm run measure:startup -- --warm  the warm run only (no download)
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, projectPath } from '../src/paths.js';

const PORT = Number(process.env.MEASURE_PORT ?? 4090);
const NEO4J_PORT = Number(process.env.MEASURE_NEO4J_PORT ?? 7790);
const QUERY = '{ person(key: "denis-oconnor") { succeeded { nodes { name } } } }';

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** The process whose command line contains `needle`, among the descendants of `root`. */
function findDescendant(root: number, needle: string): number | undefined {
  // Matches the program itself, not the shell that npm wraps it in.
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    for (const child of children) {
      const cmd = readFileSync(`/proc/${child}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes(needle) && !cmd.startsWith('sh ')) return child;
      queue.push(child);
    }
  }
  return undefined;
}

async function firstAnswer(started: number, child: ChildProcess): Promise<number> {
  while (Date.now() - started < 600_000) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await response.json()) as { data?: { person?: { succeeded?: { nodes?: { name: string }[] } } } };
      if (body.data?.person?.succeeded?.nodes?.[0]?.name === 'Sir Ronnie Flanagan') return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no answer within 10 minutes');
}

async function measure(label: string, mavenRepo: string | undefined): Promise<void> {
  const store = mkdtempSync(path.join(tmpdir(), 'ctkg-measure-store-'));
  const classpath = projectPath('neo4j-launcher/target/classpath.txt');
  if (mavenRepo) rmSync(classpath, { force: true });
  const env = {
    ...process.env,
    PORT: String(PORT),
    NEO4J_LOCAL_PORT: String(NEO4J_PORT),
    NEO4J_LOCAL_DIR: store,
    NEO4J_URI: '',
    ...(mavenRepo ? { MAVEN_OPTS: `-Dmaven.repo.local=${mavenRepo}` } : {}),
  };
  const started = Date.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    const ms = await firstAnswer(started, child);
    await new Promise((resolve) => setTimeout(resolve, 5_000)); // let both processes settle
    const neo4jPid = findDescendant(child.pid!, 'Neo4jLauncher');
    const apiPid = findDescendant(child.pid!, 'cli.js serve');
    console.log(
      `${label.padEnd(22)} first answer after ${(ms / 1000).toFixed(1)} s; ` +
        `resident memory at rest: Neo4j ${neo4jPid ? rssMb(neo4jPid) : '?'} MB, API ${apiPid ? rssMb(apiPid) : '?'} MB`,
    );
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(store, { recursive: true, force: true });
    // A cold run leaves a classpath that points into its throwaway repository: forget it.
    if (mavenRepo) rmSync(classpath, { force: true });
  }
}

const warmOnly = process.argv.includes('--warm');
if (!warmOnly) {
  const repo = mkdtempSync(path.join(tmpdir(), 'ctkg-measure-m2-'));
  try {
    await measure('Maven cache cold', repo);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
if (!existsSync(projectPath('neo4j-launcher/target/classpath.txt'))) {
  // Resolve from the user's own Maven cache again, unmeasured, so the next run is the warm case.
  execFileSync('mvn', [
    '-q',
    '-B',
    '-f',
    projectPath('neo4j-launcher/pom.xml'),
    'dependency:build-classpath',
    '-Dmdep.outputFile=target/classpath.txt',
  ]);
}
await measure('Maven cache warm', undefined);
