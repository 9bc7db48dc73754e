/**
 * Drives one GraphQL operation over HTTP with autocannon: `connections` clients sending it back to
 * back for `seconds`, every response's latency kept (autocannon's own summary has no p95).
 * Any non-2xx answer fails the run (a fast error page is not a result); requests still unanswered
 * after 30 s are counted as timed out (their latency is not in the percentiles).
 */
import autocannon from 'autocannon';
import { type RunStats, runStats } from './stats.ts';

export interface HttpLoad {
  url: string;
  /** The JSON body: { query, variables }. */
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

/**
 * autocannon appends every chunk of every answer to a string, which these runs never read: decoding
 * gzipped bytes as text took the load generator 2.9 of 3.5 CPU-seconds while it drove the cached
 * two-period matrix (137.6 kB, ~1,800 answers/s), so the run measured autocannon, not the server
 * (bench/RESULTS.md, "The load generator's own cost"). Its bytes are still counted.
 */
function countBytesOnly(client: { pipelinedRequests: { addBody(chunk: Buffer): void } }) {
  client.pipelinedRequests.addBody = () => {};
}

export function driveHttp(load: HttpLoad): Promise<RunStats & { timeouts: number }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const tracker = autocannon(
      {
        url: `${load.url}/graphql`,
        method: 'POST',
        connections: load.connections,
        duration: load.seconds,
        timeout: 30,
        headers: { 'content-type': 'application/json', ...load.headers },
        body: load.body,
        setupClient: countBytesOnly,
      },
      (error, result) => {
        if (error) return reject(error);
        if (result.non2xx > 0 || result.errors > result.timeouts) {
          return reject(
            new Error(
              `${result.non2xx} non-2xx answers, ${result.errors} errors of ${result.requests.total}`,
            ),
          );
        }
        resolve({ ...runStats(latencies, result.duration), timeouts: result.timeouts });
      },
    );
    tracker.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
      latencies.push(ms),
    );
  });
}
