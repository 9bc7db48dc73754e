import type { FastifyInstance } from 'fastify';

/** Texts from this length on are sent as bytes (a GraphQL answer of a province's rows is 40–140 kB). */
const LONG_TEXT = 16 * 1024;

/**
 * Long text answers sent as their UTF-8 bytes, encoded once. Given a string, Fastify measures its
 * UTF-8 length for content-length and the socket then encodes it: two passes over an uncached
 * two-period matrix's 137 kB, where one is ~10 % of its request (bench/RESULTS.md, "Stop 31").
 */
export function sendLongTextAsBytes(app: FastifyInstance): void {
  app.addHook('onSend', (_request, _reply, payload, done) => {
    done(null, typeof payload === 'string' && payload.length >= LONG_TEXT ? Buffer.from(payload) : payload);
  });
}
