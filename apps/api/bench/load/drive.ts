/**
 * Drives the simulated people over HTTP with autocannon (as `pnpm bench:api` does): one connection
 * per person, each sending its next request as soon as the last one is answered. Each answer is read
 * by the person who asked (autocannon's `onResponse`), timed from the moment its request was built,
 * which autocannon does just before writing it.
 */
import autocannon from 'autocannon';
import type { Person } from './people-at-work.ts';
import { count, type Tally } from './tally.ts';

interface Connection {
  person?: Person | undefined;
  kind?: string;
  sentAt?: number;
}

/** Requests per connection and second that autocannon's request list must outlast (see below). */
const MAX_RATE = 2_000;

/**
 * Runs every person for `seconds`; answers the failures only autocannon saw (timeouts, broken
 * connections: a non-2xx answer reaches its person, who counts it).
 */
export function drive(
  url: string,
  people: readonly Person[],
  seconds: number,
  tally: Tally,
): Promise<number> {
  let assigned = 0;
  const step = {
    setupRequest(request: Record<string, unknown>, connection: Connection) {
      // A connection's first request picks its person; the context stays with the connection.
      connection.person ??= people[assigned++ % people.length];
      const person = connection.person as Person;
      const next = person.next();
      connection.kind = next.kind;
      connection.sentAt = performance.now();
      return {
        ...request,
        method: 'POST',
        path: '/graphql',
        headers: {
          'content-type': 'application/json',
          cookie: person.cookie,
          ...(person.acceptEncoding ? { 'accept-encoding': person.acceptEncoding } : {}),
        },
        body: next.body,
      };
    },
    // autocannon passes the answer's headers too, which its types leave out.
    onResponse(status: number, body: string, connection: Connection, headers?: Record<string, string>) {
      const { outcome, problem } = (connection.person as Person).answered(
        status,
        body,
        headers?.['content-encoding'],
      );
      const ms = performance.now() - (connection.sentAt as number);
      count(tally, connection.kind as string, ms, outcome, problem, body.length);
    },
  };
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: people.length,
        duration: seconds,
        timeout: 30,
        // autocannon gives a connection a fresh context each time it wraps round its request list:
        // a list longer than any connection gets through keeps each person on their connection.
        requests: Array.from({ length: seconds * MAX_RATE }, () => step),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve(result.errors);
      },
    );
  });
}
