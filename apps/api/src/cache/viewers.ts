/**
 * Who is calling, remembered for a few seconds per credential (session cookie or bearer token), so
 * that a cached answer costs no SQL at all. The database notifies every process when a credential's
 * meaning changes — a sign-out, a revoked token, a user's role, units, deactivation or password —
 * and invalidation.ts calls `forget`; a session's expiry is honoured within `ttlMs`.
 */
import type { FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../context.ts';
import { type CacheStats, changeGate } from './change-gate.ts';

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
  // A viewer looked up while a change arrived is not remembered.
  const gate = changeGate(stats, () => viewers.clear());
  return {
    async viewer(request, resolve) {
      const cookie = request.cookies?.[options.cookieName];
      const credential = `${request.headers.authorization ?? ''}\u0000${cookie ?? ''}`;
      if (options.ttlMs <= 0 || gate.suspended || credential === '\u0000') return resolve();
      const known = viewers.get(credential);
      if (known) return known;
      const startedAt = gate.generation;
      const viewer = await resolve();
      if (gate.generation === startedAt && !gate.suspended) viewers.set(credential, viewer);
      return viewer;
    },
    forget: gate.invalidate,
    suspend: gate.suspend,
    resume: gate.resume,
    stats,
  };
}
