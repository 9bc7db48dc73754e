/**
 * Who is calling, remembered for a few seconds per credential (session cookie or bearer token), so
 * that a cached answer costs no SQL at all. The database notifies every process when a credential's
 * meaning changes — a sign-out, a revoked token, a user's role, units, deactivation or password —
 * and invalidation.ts calls `forget`; a session's expiry is honoured within `ttlMs`.
 */
import type { FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../context.ts';
import { type CacheStats, countInvalidation } from './response-cache.ts';

export interface ViewerCache {
  viewer(request: FastifyRequest, resolve: () => Promise<Viewer>): Promise<Viewer>;
  /** Forget every remembered viewer, because of `cause` (a changed table…). */
  forget(cause: string): void;
  /** Remember nothing until `resume` (changes may go unnoticed meanwhile); forgets everything. */
  suspend(cause: string): void;
  resume(cause: string): void;
  readonly stats: CacheStats;
}

export function createViewerCache(options: { ttlMs: number; cookieName: string }): ViewerCache {
  const viewers = new LRUCache<string, Viewer>({ max: 10_000, ttl: options.ttlMs });
  const stats: CacheStats = { invalidations: new Map() };
  // Bumped by each forget: a viewer looked up while a change arrived is not remembered.
  let generation = 0;
  let suspended = false;
  const forget = (cause: string) => {
    generation += 1;
    viewers.clear();
    countInvalidation(stats, cause);
  };
  return {
    async viewer(request, resolve) {
      const cookie = request.cookies?.[options.cookieName];
      const credential = `${request.headers.authorization ?? ''}\u0000${cookie ?? ''}`;
      if (options.ttlMs <= 0 || suspended || credential === '\u0000') return resolve();
      const known = viewers.get(credential);
      if (known) return known;
      const startedAt = generation;
      const viewer = await resolve();
      if (generation === startedAt && !suspended) viewers.set(credential, viewer);
      return viewer;
    },
    forget,
    suspend(cause) {
      suspended = true;
      forget(cause);
    },
    resume(cause) {
      suspended = false;
      forget(cause);
    },
    stats,
  };
}
