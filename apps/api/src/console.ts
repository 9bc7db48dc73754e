import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The built admin console (apps/admin/dist), served at / from the same origin as /graphql. */
export const CONSOLE_DIST = fileURLToPath(new URL('../../admin/dist/', import.meta.url));

const API_PATHS = /^\/(graphql|graphiql|evidence|exports|public|healthz)(\/|$|\?)/;

/**
 * Serves the console when it has been built: its files, and index.html for any other page so the
 * browser's router can take over (deep links such as /assessments/… reload fine).
 */
export async function registerConsole(app: FastifyInstance, root = CONSOLE_DIST): Promise<void> {
  if (!existsSync(`${root}/index.html`)) return;
  // wildcard: files are looked up per request, so a rebuilt console is served without a restart.
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: true, index: 'index.html' });
  app.setNotFoundHandler((request, reply) => {
    if (
      request.method !== 'GET' ||
      API_PATHS.test(request.url) ||
      /\.\w+$/.test(request.url.split('?')[0] ?? '')
    ) {
      return reply.code(404).send({ error: 'Not found' });
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html', root);
  });
}
