/**
 * `pnpm --filter @chiso/api bench:start [runs]`: how long the server takes from `node` starting to
 * `/healthz` answering, the CPU time that took, and how much memory it holds a second later, run from its TypeScript sources
 * under tsx and from the bundle (`dist/main.js`, built first; with and without `--enable-source-maps`),
 * in turn, each on a fresh copy of the demo database.
 * "modules" is the part before main.ts's first statement (every import loaded and evaluated), the rest
 * is the database (migrations checked) and Fastify getting ready. Ends with one line:
 * `start: tsx <ms> ms (modules <ms> ms, CPU <ms> ms) <MB> MB, bundle …, bundle with source maps … (medians of <n>)`.
 * CPU and memory are those of the whole process tree (under tsx, its own process and the server's), read
 * from Linux's /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@chiso/testing/process';
import { demoDataFolder } from '@chiso/testing/templates';
import { buildServer } from './api/server.ts';

const API = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 5);
const TSX = createRequire(import.meta.url).resolve('tsx/cli');

const WAYS = {
  tsx: [TSX, 'src/main.ts'],
  bundle: ['dist/main.js'],
  'bundle with source maps': ['--enable-source-maps', 'dist/main.js'],
} as const;
type Way = keyof typeof WAYS;

interface Start {
  ms: number;
  /** From `node` starting to main.ts's first statement: every module loaded and evaluated. */
  modulesMs: number;
  /** The CPU time used by the time it answered: steadier than wall time on a busy machine. */
  cpuMs: number;
  rssMb: number;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

/** A process and its descendants (tsx runs the server in a child of its own), from Linux's /proc. */
async function processTree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  const below = await Promise.all(
    children
      .split(' ')
      .filter(Boolean)
      .map((child) => processTree(Number(child))),
  );
  return [pid, ...below.flat()];
}

/** CPU time used so far (user + system) and resident memory, summed over the process tree. */
async function treeUsage(pid: number): Promise<{ cpuMs: number; rssMb: number }> {
  let ticks = 0;
  let rssKb = 0;
  for (const each of await processTree(pid)) {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const stat = (await readFile(`/proc/${each}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
    ticks += Number(stat[11]) + Number(stat[12]);
    const status = await readFile(`/proc/${each}/status`, 'utf8');
    rssKb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  // Linux counts CPU time in ticks of 1/100 s (USER_HZ).
  return { cpuMs: ticks * 10, rssMb: rssKb / 1000 };
}

async function startOnce(way: Way, dataDir: string): Promise<Start> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...WAYS[way]], {
    cwd: API,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CHISO_DATA_DIR: dataDir, CHISO_LOG: '0' },
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${way}: the server exited (${child.exitCode})`);
      const up = await fetch(`${url}/healthz`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const ms = performance.now() - started;
    const { cpuMs } = await treeUsage(child.pid as number);
    // Settled: what the server holds once it has started, not its start's garbage.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const modules = /modules ([\d.]+) s/.exec(printed)?.[1];
    return {
      ms,
      modulesMs: Number(modules) * 1000,
      cpuMs,
      rssMb: (await treeUsage(child.pid as number)).rssMb,
    };
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

await buildServer();

const folder = await mkdtemp(join(tmpdir(), 'chiso-bench-start-'));
const template = await demoDataFolder(join(folder, 'template'));
const ways = Object.keys(WAYS) as Way[];
const results = Object.fromEntries(ways.map((way) => [way, [] as Start[]])) as Record<Way, Start[]>;
try {
  for (let run = 0; run <= runs; run++) {
    for (const way of ways) {
      const dataDir = join(folder, `${way}-${run}`);
      await cp(template, dataDir, { recursive: true });
      const start = await startOnce(way, dataDir);
      // The first round warms the disk cache and is not counted.
      if (run > 0) results[way].push(start);
      console.log(
        `${run === 0 ? 'warm-up ' : ''}${way}: ${start.ms.toFixed(0)} ms (modules ${start.modulesMs.toFixed(0)} ms, CPU ${start.cpuMs.toFixed(0)} ms), ${start.rssMb.toFixed(0)} MB`,
      );
      await rm(dataDir, { recursive: true, force: true });
    }
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
const summary = (way: Way) => {
  const of = (pick: (start: Start) => number) => median(results[way].map(pick)).toFixed(0);
  return `${way} ${of((r) => r.ms)} ms (modules ${of((r) => r.modulesMs)} ms, CPU ${of((r) => r.cpuMs)} ms) ${of((r) => r.rssMb)} MB`;
};
console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')}`,
);
console.log(`start: ${ways.map(summary).join(', ')} (medians of ${runs})`);
