import type { Db, Role } from '@chiso/db';
import type { WhatIfMemory } from './cache/what-if-memory.ts';
import type { EvidenceStore } from './evidence/store.ts';
import type { JobQueue } from './jobs/queue.ts';

/** Who is calling: a signed-in person, a dashboard's token, or nobody. */
export type Viewer =
  | {
      kind: 'user';
      userId: string;
      role: Role;
      /** The units the person is bound to (a unit officer works on these units' assessments). */
      unitIds: readonly string[];
      /** The province (its root unit's id) they work in and see alone; null for national roles. */
      provinceId: string | null;
      sessionId: string;
      /** Signed in with a temporary password: may only change it (see auth/password-change.ts). */
      mustChangePassword: boolean;
    }
  /** A dashboard's token reads what its creator's province may (all of them for a national admin's). */
  | { kind: 'token'; tokenId: string; provinceId: string | null }
  | { kind: 'anonymous' };

export interface Context {
  db: Db;
  viewer: Viewer;
  /** Where evidence files are kept (local disk by default). */
  evidence: EvidenceStore;
  /** Preferred language of messages (from the user, or the Accept-Language header). */
  locale: 'vi' | 'en';
  /** The caller's network address (behind a trusted proxy, the client's), for sign-in throttling. */
  address?: string;
  /** Set by the first sign-in of a request: a second one in the same request is refused. */
  signInTried?: boolean;
  /**
   * Aborted when the request's time budget runs out or its caller leaves (limits/time-budget.ts):
   * worker jobs stop, long loops may check it. Absent outside a request (scripts, unit tests).
   */
  signal?: AbortSignal;
  /** Published cohorts' reads kept for the what-if questions; only where changes are notified. */
  whatIf?: WhatIfMemory;
  /** The job queue heavy mutations run through (jobs/queue.ts); absent, they work in the request. */
  jobs?: JobQueue;
  /** Sets or clears the session cookie (sign-in, sign-out). */
  session: { set(token: string, expiresAt: Date): void; clear(): void };
}

/** The language of messages: English when the caller asks for it first, Vietnamese otherwise. */
export const localeOf = (acceptLanguage: string | undefined): Context['locale'] =>
  /^en\b/i.test(acceptLanguage ?? '') ? 'en' : 'vi';
