/**
 * Preloaded into the server by `pnpm bench:load --long-turns` (node --import; plain JavaScript, as the
 * bundle runs without tsx): notes each time the request thread's event loop came back later than
 * CHISO_LONG_TURN_MS to a 5-ms timer, and writes them to CHISO_LONG_TURNS_FILE as the server exits —
 * [when it began (ms since the epoch), how long (ms)]. The pings say how long /healthz waited; this says
 * whether the server's own loop stood still then (a slow ping with no long turn is on the way to it).
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.CHISO_LONG_TURNS_FILE;
if (isMainThread && file) {
  const over = Number(process.env.CHISO_LONG_TURN_MS);
  const turns = [];
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > over) turns.push([performance.timeOrigin + last, now - last]);
    last = now;
  }, 5).unref();
  process.on('exit', () => writeFileSync(file, JSON.stringify(turns)));
}
