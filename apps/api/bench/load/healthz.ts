/**
 * Pings `/healthz` every 20 ms during the load, in a worker thread of its own so the load
 * generator's busy event loop does not add to what it measures: one ping at a time, the next 20 ms
 * after the last one started (or at once when it took longer), every latency kept.
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript: the worker runs outside tsx.
const PINGER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const latencies = [];
let stopped = false;
parentPort.on('message', () => { stopped = true; });
const ping = () => new Promise((resolve) => {
  const started = performance.now();
  const done = () => { latencies.push(performance.now() - started); resolve(started); };
  http.get(workerData.url + '/healthz', { agent }, (response) => { response.resume(); response.on('end', done); })
    .on('error', () => { latencies.push(Number.POSITIVE_INFINITY); resolve(started); });
});
(async () => {
  while (!stopped) {
    const started = await ping();
    const wait = workerData.everyMs - (performance.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  agent.destroy();
  parentPort.postMessage(latencies);
})();
`;

export interface HealthzPinger {
  /** Stops pinging; answers every latency (ms; Infinity for a failed ping). */
  stop(): Promise<number[]>;
}

export function pingHealthz(url: string, everyMs = 20): HealthzPinger {
  const worker = new Worker(PINGER, { eval: true, workerData: { url, everyMs } });
  return {
    stop: () =>
      new Promise((resolve, reject) => {
        worker.once('message', (latencies: number[]) => {
          void worker.terminate();
          resolve(latencies);
        });
        worker.once('error', reject);
        worker.postMessage('stop');
      }),
  };
}
