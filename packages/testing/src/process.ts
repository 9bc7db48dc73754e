/**
 * The API as people run it — `apps/api/src/main.ts`, response cache included — in a process of its own
 * on a free port, for the benchmarks and the end-to-end specs that need a server of their own. It runs
 * the API's command by path and never imports it, so test support stays below the apps. `built: true`
 * runs the bundle production runs (`apps/api/dist/main.js`, which the caller has built) instead of
 * the sources under tsx: a start seconds shorter, and the bundle itself under test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const API = fileURLToPath(new URL('../../../apps/api', import.meta.url));

/** node's options in the API's `start` script (`node <options> dist/main.js`): the bundle runs as production starts it. */
function startOptions(): string[] {
  const words = JSON.parse(readFileSync(join(API, 'package.json'), 'utf8')).scripts.start.split(/\s+/);
  return words.slice(1, words.indexOf('dist/main.js'));
}

export interface ApiProcess {
  url: string;
  port: number;
  /** Stops the whole process group: pnpm, tsx and node. */
  stop(): void;
  /** Settles when the process has exited (after `stop`: closed its database, written any profile). */
  exited: Promise<void>;
}

export interface ApiProcessOptions {
  /** PostgreSQL; without it, the embedded database in memory, which the server fills with the demo. */
  databaseUrl?: string | null | undefined;
  /** An embedded database's folder (e.g. from `demoDataFolder`) instead of a new one in memory. */
  dataDir?: string | undefined;
  port?: number | undefined;
  env?: Record<string, string> | undefined;
  /** How long the server may take to answer /healthz (the demo seed is slow on a busy machine). */
  timeoutMs?: number | undefined;
  /** Run `dist/main.js` with node (built beforehand by `pnpm --filter @chiso/api build`). */
  built?: boolean | undefined;
  /** Options for node before the bundle (e.g. `--cpu-prof`, which NODE_OPTIONS refuses); with `built` only. */
  nodeArgs?: readonly string[] | undefined;
  /** Its standard output (the request log) onto ours; otherwise only its errors are. */
  log?: boolean | undefined;
  /** The node binary that runs the bundle (another Node version); this process's by default. */
  node?: string | undefined;
}

const running = new Set<() => void>();
let stopsOnExit = false;

/** Servers we started stop when we do, whether we end normally, by `process.exit` or by a signal. */
function stopOnOurExit(stop: () => void): void {
  if (!stopsOnExit) {
    stopsOnExit = true;
    process.once('exit', stopAll);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stopAllThenDie);
  }
  running.add(stop);
}

function stopAll(): void {
  for (const stop of [...running]) stop();
}

function stopAllThenDie(signal: NodeJS.Signals): void {
  stopAll();
  process.kill(process.pid, signal); // our handler was once(): now the default, dying by the signal
}

/** A port nobody uses. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startApiProcess(options: ApiProcessOptions = {}): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...options.env };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.CHISO_DATA_DIR = options.dataDir ?? 'memory://';
  }
  // Detached: its own process group, so stop() reaches node behind pnpm and tsx.
  // Its output comes through pipes we forward, never our own descriptors: a runner that kills us
  // (turbo, on another task's failure) then waits for our stdout to close, which a server outliving
  // us and holding it would keep open for ever.
  const [command, args] = options.built
    ? [options.node ?? process.execPath, [...startOptions(), ...(options.nodeArgs ?? []), 'dist/main.js']]
    : ['pnpm', ['exec', 'tsx', 'src/main.ts']];
  const child: ChildProcess = spawn(command, args, {
    cwd: API,
    detached: true,
    stdio: ['ignore', options.log ? 'pipe' : 'ignore', 'pipe'],
    env,
  });
  child.stdout?.pipe(process.stdout);
  child.stderr?.pipe(process.stderr);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = () => {
    running.delete(stop);
    if (!child.pid || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  stopOnOurExit(stop);
  const url = `http://127.0.0.1:${port}`;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode})`);
    const up = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false, // not listening yet
    );
    if (up) return { url, port, stop, exited };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`the API did not start within ${timeoutMs / 1000} s`);
}
