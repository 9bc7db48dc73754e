/**
 * Pings `/healthz` every 20 ms during the load, in a worker thread of its own so the load
 * generator's busy event loop does not add to what it measures: one ping at a time, the next 20 ms
 * after the last one started (or at once when it took longer), every latency kept from `begin()`.
 * The thread asks the scheduler for priority over the load generator (nice −10; on Linux a thread's
 * own, so autocannon's thread keeps its share): a health check comes from another machine, not from
 * a thread queueing for the same two cores as 200 connections' generator — in two runs a ping waited
 * longer than the server's own longest event-loop delay (104 vs 87 ms, 158 vs 83 ms). Without the
 * right to (CAP_SYS_NICE) it pings at the normal priority and says so.
 * It starts pinging before the load, so its own start — a thread booting, its first connection —
 * is not counted as the server's: started with the load, its first ping took 310 ms while the
 * server's longest event-loop delay in that run was 93 ms.
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript: the worker runs outside tsx.
const PINGER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let raised = true;
try {
  require('node:os').setPriority(-10);
} catch {
  raised = false;
}
const latencies = [];
const times = [];
let origin = Number.POSITIVE_INFINITY;
let stopped = false;
parentPort.on('message', (message) => {
  if (message === 'begin') origin = performance.now();
  else stopped = true;
});
const ping = () => new Promise((resolve) => {
  const started = performance.now();
  const keep = (latency) => {
    if (started >= origin) {
      latencies.push(latency);
      times.push(started - origin);
    }
    resolve(started);
  };
  http.get(workerData.url + '/healthz', { agent }, (response) => {
    response.resume();
    response.on('end', () => keep(performance.now() - started));
  }).on('error', () => keep(Number.POSITIVE_INFINITY));
});
(async () => {
  await ping();
  parentPort.postMessage({ raised });
  while (!stopped) {
    const started = await ping();
    const wait = workerData.everyMs - (performance.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  agent.destroy();
  parentPort.postMessage({ latencies, times });
})();
`;

export interface Pings {
  /** Every ping's latency (ms; Infinity for a failed one). */
  latencies: number[];
  /** When each was sent, ms after pinging began. */
  times: number[];
}

export interface HealthzPinger {
  /**
   * Counts the pings from now on (resolves once the first, uncounted ping has been answered, with
   * whether the pinger has priority over the load generator).
   */
  begin(): Promise<{ raised: boolean }>;
  /** Stops pinging; answers every ping counted. */
  stop(): Promise<Pings>;
}

/** The slowest pings over `ms`, slowest first, as "706 ms at 0.3 s" (when in the load they came). */
export function slowPings({ latencies, times }: Pings, ms = 100, most = 8): string[] {
  return latencies
    .map((latency, index) => ({ latency, at: times[index] ?? 0 }))
    .filter(({ latency }) => latency > ms)
    .sort((a, b) => b.latency - a.latency)
    .slice(0, most)
    .map(({ latency, at }) => `${latency.toFixed(0)} ms at ${(at / 1000).toFixed(1)} s`);
}

export function pingHealthz(url: string, everyMs = 20): HealthzPinger {
  const worker = new Worker(PINGER, { eval: true, workerData: { url, everyMs } });
  const warm = new Promise<{ raised: boolean }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    begin: async () => {
      const priority = await warm;
      worker.postMessage('begin');
      return priority;
    },
    stop: () =>
      new Promise((resolve, reject) => {
        worker.once('message', (pings: Pings) => {
          void worker.terminate();
          resolve(pings);
        });
        worker.once('error', reject);
        worker.postMessage('stop');
      }),
  };
}

/**
 * The server's own longest event-loop delay since the last time it was asked (prom-client's
 * `nodejs_eventloop_lag_max_seconds`, reset at each scrape of `/metrics`), in ms: ask once as the load
 * starts and once as it ends for the longest turn of the server's loop during the load, whatever the
 * pinger's own scheduling adds.
 */
export async function loopDelayMax(url: string): Promise<number | null> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = /^chiso_nodejs_eventloop_lag_max_seconds(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1];
  return value === undefined ? null : Number(value) * 1000;
}
