/**
 * Drives the simulated people over HTTP with autocannon (as `pnpm bench:api` does): one connection
 * per person, each sending its next request as soon as the last one is answered. Each answer is read
 * by the person who asked (autocannon's `onResponse`), timed from the moment its request was built,
 * which autocannon does just before writing it.
 */
import autocannon from 'autocannon';
import type { Person } from './people-at-work.ts';
import { count, type Tally } from './tally.ts';

/** A connection's context: autocannon makes it anew from its initial context before each request. */
interface Connection {
  /** Which person the connection is (kept in its initial context: see `setupClient`). */
  index?: number;
  kind?: string;
  sentAt?: number;
}

/**
 * Runs every person for `seconds`; answers the failures only autocannon saw (timeouts, broken
 * connections: a non-2xx answer reaches its person, who counts it).
 *
 * When a connection closes with a request unanswered, autocannon connects again and sends that person's
 * next request: the answer that never came is counted here as an error, and the person starts again
 * (their state rested on it). So do the people whose requests are still out when the time is up.
 */
export function drive(
  url: string,
  people: readonly Person[],
  seconds: number,
  tally: Tally,
): Promise<number> {
  let assigned = 0;
  const personOf = (connection: Connection) => people[(connection.index as number) % people.length] as Person;
  /** What each person (by index) is waiting for an answer to. */
  const waiting = new Map<number, { kind: string; sentAt: number }>();
  const step = {
    setupRequest(request: Record<string, unknown>, connection: Connection) {
      // A connection's first request picks its person (built as the connection is made, before
      // setupClient); later ones find it in the context made from the connection's initial one.
      connection.index ??= assigned++;
      const person = personOf(connection);
      const lost = waiting.get(connection.index);
      if (lost) {
        const problem = `${lost.kind}: no answer (the connection closed)`;
        count(tally, lost.kind, performance.now() - lost.sentAt, 'error', problem);
        person.restart();
      }
      const next = person.next();
      connection.kind = next.kind;
      connection.sentAt = performance.now();
      waiting.set(connection.index, { kind: next.kind, sentAt: connection.sentAt });
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
      waiting.delete(connection.index as number);
      const { outcome, problem } = personOf(connection).answered(status, body, headers?.['content-encoding']);
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
        // autocannon gives a connection a fresh context each time it wraps round its request list (here:
        // each request), copied from its initial context: the person's number goes there. A list long
        // enough never to wrap (it was 120,000 requests) was deep-copied for each connection as it was
        // made: 0.13 s each, 26 s for 200, while the server sat idle and the first requests' clocks ran
        // (their 25–30 s "first opens", bench/RESULTS.md).
        requests: [step],
        setupClient(client: { requestIterator: { context: Connection; initialContext: Connection } }) {
          // Set by the connection's first request, built as autocannon made it.
          client.requestIterator.initialContext = { index: client.requestIterator.context.index as number };
        },
      },
      (error, result) => {
        if (error) return reject(error);
        // Requests still out when the time is up may yet be done by the server (the warm-up's
        // reviewer approving): their people, driven again later, start afresh.
        for (const index of waiting.keys()) (people[index % people.length] as Person).restart();
        resolve(result.errors);
      },
    );
  });
}
