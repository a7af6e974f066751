// Starts the project's own Neo4j Community (embedded, Bolt on 127.0.0.1) through the Java launcher in
// neo4j-launcher/. Maven resolves Neo4j from Maven Central once; later starts reuse the cached classpath.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface LocalNeo4jOptions {
  port: number;
  dir: string;
  heapMb: number;
  pageCacheMb: number;
  txTimeoutMs: number;
  /**
   * Run the JVM with its optimising compiler (C2) too. Off unless asked: C1 alone starts Neo4j
   * faster, which is what tests feel; the served API asks for it (NEO4J_LOCAL_JIT, default full),
   * since the benchmark measured C1 alone up to 3× slower on searches and neighbourhoods.
   */
  fullJit?: boolean;
  /** Where the launcher's own lines go; the default prints them with a prefix. */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

async function resolveClasspath(launcherDir: string, log: (line: string) => void): Promise<string> {
  const pom = path.join(launcherDir, 'pom.xml');
  const cached = path.join(launcherDir, 'target', 'classpath.txt');
  if (existsSync(cached) && statSync(cached).mtimeMs >= statSync(pom).mtimeMs) {
    return readFileSync(cached, 'utf8').trim();
  }
  log('resolving Neo4j Community from Maven Central (first run only)…');
  try {
    await execFileAsync('mvn', ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cached}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`could not resolve Neo4j with Maven (is Maven installed and Maven Central reachable?): ${detail}`);
  }
  return readFileSync(cached, 'utf8').trim();
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? ((line: string) => console.error(`[neo4j] ${line}`));
  const root = PROJECT_ROOT;
  const launcherDir = path.join(root, 'neo4j-launcher');
  const classpath = await resolveClasspath(launcherDir, log);
  const store = path.resolve(root, options.dir);
  mkdirSync(store, { recursive: true });

  const child: ChildProcess = spawn(
    'java',
    [
      `-Xms${Math.min(128, options.heapMb)}m`,
      `-Xmx${options.heapMb}m`,
      '-XX:+UseSerialGC',
      ...(options.fullJit ? [] : ['-XX:TieredStopAtLevel=1']),
      '-cp',
      classpath,
      path.join(launcherDir, 'Neo4jLauncher.java'),
      store,
      String(options.port),
      String(options.pageCacheMb),
      String(Math.max(1, Math.ceil(options.txTimeoutMs / 1000))),
      '--watch-stdin',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const uri = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`local Neo4j did not report ready within 120 s; store ${store}`));
    }, 120_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const ready = /NEO4J_READY (\S+)/.exec(chunk);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      const inUse = /NEO4J_PORT_IN_USE (.*)/.exec(stderr);
      reject(
        new Error(
          inUse ? inUse[1]! : `local Neo4j exited with code ${code} before it was ready:\n${stderr.slice(-2000)}`,
        ),
      );
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not run java (Java 17 or later is needed for the local Neo4j): ${error.message}`));
    });
  });
  log(`ready at ${uri} (store ${path.relative(root, store) || store})`);

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid!,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      });
      return stopping;
    },
  };
}
