/**
 * Who is calling, remembered for a few seconds per credential (session cookie or bearer token), so
 * that a cached answer costs no SQL at all. Any mutation in this process — a sign-out, a revoked
 * token, a disabled user — forgets every remembered viewer when it starts and when it ends; a change
 * made by another process (or an expiry) is honoured within `ttlMs`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Context, Viewer } from '../context.ts';

export interface ViewerCache {
  viewer(request: FastifyRequest, resolve: () => Promise<Viewer>): Promise<Viewer>;
  plugin: ApolloServerPlugin<Context>;
}

export function createViewerCache(options: { ttlMs: number; cookieName: string }): ViewerCache {
  const viewers = new LRUCache<string, Viewer>({ max: 10_000, ttl: options.ttlMs });
  const forget = () => viewers.clear();
  return {
    async viewer(request, resolve) {
      const cookie = request.cookies?.[options.cookieName];
      const credential = `${request.headers.authorization ?? ''}\u0000${cookie ?? ''}`;
      if (options.ttlMs <= 0 || credential === '\u0000') return resolve();
      const known = viewers.get(credential);
      if (known) return known;
      const viewer = await resolve();
      viewers.set(credential, viewer);
      return viewer;
    },
    plugin: {
      async requestDidStart() {
        let mutation = false;
        return {
          async didResolveOperation({ operation }) {
            if (operation?.operation !== 'mutation') return;
            mutation = true;
            forget();
          },
          async willSendResponse() {
            if (mutation) forget();
          },
        };
      },
    },
  };
}
