// The part of autocannon 8 (no published types) the API benchmark uses.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called with each connection's client as it is made (an internal object: typed where used). */
    // biome-ignore lint/suspicious/noExplicitAny: autocannon's client is internal and untyped
    setupClient?: (client: any) => void;
    /** Seconds before an unanswered request counts as timed out. */
    timeout?: number;
    /** Sent in turn by each connection; `setupRequest` builds one from the connection's context, `onResponse` reads its answer. */
    requests?: Array<{
      setupRequest?: (request: Record<string, unknown>, context: never) => Record<string, unknown>;
      onResponse?: (status: number, body: string, context: never) => void;
    }>;
  }
  interface Result {
    requests: { total: number; average: number };
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  }
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): EventEmitter;
  export default autocannon;
}
