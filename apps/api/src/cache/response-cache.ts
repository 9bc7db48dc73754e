/**
 * An in-process cache of answers to the published comparison queries, as an Apollo Server plugin.
 *
 * Why it is sound: these queries read PUBLISHED assessments only, and the database notifies every
 * process when a transaction changes what they rest on — publishing, reopening, criteria mappings,
 * unit renames and lineage, group membership… (the triggers of the change_notifications migration,
 * whoever writes; invalidation.ts listens). Entries saved, reviews, submissions and approvals in an
 * open period leave the cached answers served. The key holds:
 * - the generation: bumped by each notification (a query that ran while one arrived is stored under
 *   a generation nobody asks for afterwards);
 * - who is asking as far as it decides what they may see: a person's role and unit, or "a dashboard
 *   token" (a token's operation is checked against the registry before this plugin answers);
 *   anonymous callers are never served from the cache;
 * - the language (not-ranked reasons and names are written in it);
 * - the operation text, its name and its variables.
 * While notifications may be missed (the listening connection is lost) the cache is suspended: it
 * serves and stores nothing. Entries also expire (`ttlMs`), a backstop.
 * Only answers without errors are kept; everything else — other queries, mutations — runs as usual.
 *
 * Concurrent misses of one key run once: after a change every analyst's next read misses at the same
 * moment, and each running the same comparison would multiply the work of the one that matters
 * (`pnpm bench:load`: seconds of stall after each edit). The others wait for the first one's answer
 * — at most `shareWaitMs`, after which a waiter runs it itself — and run it themselves when that
 * answer is not kept (errors, or a change arrived meanwhile).
 */
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { type FieldNode, type FormattedExecutionResult, Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context, Viewer } from '../context.ts';
import { answerBytes } from '../decimal-list.ts';
import { type CacheStats, changeGate } from './change-gate.ts';

/** Root fields whose answers rest on published results only (services/comparisons). */
const CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  'groupRanking',
  'comparisonMatrix',
  'distribution',
  'weakestCriteria',
  'periodComparison',
  'comparisonSummary',
  'normalisedCohort',
  'rankSensitivity',
]);

export interface ResponseCacheOptions {
  /** Most answers kept (least recently used go first). */
  maxEntries?: number;
  /** Most bytes kept, counting each answer's JSON length. */
  maxBytes?: number;
  /** How long an answer is kept, for writes this process does not see. */
  ttlMs?: number;
  /** How long a request waits for a concurrent one's answer to the same query before running it itself. */
  shareWaitMs?: number;
}

type Result = NonNullable<Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult']>;

/** What a request's answer is cached under, besides the generation. */
interface CacheKeyParts {
  audience: string;
  locale: Context['locale'];
  operationName: string | null;
  query: string;
  variables: unknown;
}

interface CachedAnswer {
  result: Result;
  /** The body as Apollo Server writes it, encoded once, so that the HTTP fast path sends it as is. */
  json: Buffer;
  /**
   * The same gzipped, begun the first time a caller accepts it (answers are repetitive: ~10× smaller),
   * in libuv's thread pool: on the request thread, gzipping new answers was 3–5 ms of each of the
   * longest turns under load, as the first readers came (bench/RESULTS.md, "load", stop 29).
   */
  gzip?: Promise<Buffer>;
}

export interface ResponseCache {
  plugin: ApolloServerPlugin<Context>;
  /** The stored answer for these parts at the current generation, if any (the HTTP fast path). */
  lookup(parts: CacheKeyParts): CachedAnswer | undefined;
  /** The answer a request running the same query now will store, if one runs (the HTTP fast path). */
  concurrent(parts: CacheKeyParts): Promise<CachedAnswer | undefined>;
  /** Forget every answer (the next generation), because of `cause` (a changed table…). */
  invalidate(cause: string): void;
  /**
   * What Apollo Server writes (its `stringifyResult`): the bytes of an answer this cache stores, made
   * once to store it (not again to write it: ~1 ms of a large matrix's), any other's as `answerBytes`.
   */
  answerBytes(result: FormattedExecutionResult): Buffer;
  /** Serve and store nothing until `resume` (changes may go unnoticed meanwhile); forgets everything. */
  suspend(cause: string): void;
  resume(cause: string): void;
  readonly stats: CacheStats & {
    /** Answered from memory. */
    hits: number;
    misses: number;
    /** Answers handed from a concurrent miss of the same key. */
    shared: number;
    /** Requests waiting for a concurrent one's answer now. */
    waiting: number;
    size: number;
    generation: number;
  };
}

/** A waiter gives up after this long (the first request may be slow, but must not hold others forever). */
const SHARE_WAIT_MS = 10_000;

/** `promise`'s value, or undefined after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** A query made only of cacheable root fields (no fragments or directives at the root). */
function isCacheableOperation(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== 'query') return false;
  const fields = operation.selectionSet.selections;
  return (
    fields.length > 0 &&
    fields.every(
      (selection): selection is FieldNode =>
        selection.kind === Kind.FIELD &&
        !selection.directives?.length &&
        (CACHEABLE_FIELDS.has(selection.name.value) || selection.name.value === '__typename'),
    ) &&
    fields.some((selection) => selection.kind === Kind.FIELD && CACHEABLE_FIELDS.has(selection.name.value))
  );
}

/** What decides what the caller may see; null = never cached. */
export function audienceOf(viewer: Viewer): string | null {
  if (viewer.kind === 'user') {
    // A person who must first change their password is served nothing from the cache.
    return viewer.mustChangePassword
      ? null
      : `user:${viewer.provinceId ?? '*'}:${viewer.role}:${[...viewer.unitIds].sort().join(',')}`;
  }
  if (viewer.kind === 'token') return `token:${viewer.provinceId ?? '*'}`;
  return null;
}

export function createResponseCache(options: ResponseCacheOptions = {}): ResponseCache {
  const entries = new LRUCache<string, CachedAnswer>({
    max: options.maxEntries ?? 2_000,
    maxSize: options.maxBytes ?? 256 * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.json.length),
    ttl: options.ttlMs ?? 60_000,
  });
  const stats = {
    hits: 0,
    misses: 0,
    shared: 0,
    waiting: 0,
    size: 0,
    generation: 0,
    invalidations: new Map<string, number>(),
  };
  /** The answer each running miss will give (undefined when it is not kept), by key. */
  const running = new Map<string, Promise<CachedAnswer | undefined>>();
  const shareWaitMs = options.shareWaitMs ?? SHARE_WAIT_MS;
  const gate = changeGate(stats, () => {
    entries.clear();
    // Misses still running finish under a generation nobody asks for: nobody will wait for them.
    running.clear();
    stats.size = 0;
    stats.generation += 1;
  });

  const keyOf = (parts: CacheKeyParts, at: number) =>
    JSON.stringify([
      at,
      parts.audience,
      parts.locale,
      parts.operationName,
      parts.query,
      parts.variables ?? {},
    ]);
  const partsOf = (context: GraphQLRequestContext<Context>, audience: string): CacheKeyParts => ({
    audience,
    locale: context.contextValue.locale,
    // As the client sent it (a dashboard's is removed by the dashboard policy): what the fast path sees.
    operationName: context.request.operationName ?? null,
    query: context.source ?? '',
    variables: context.request.variables ?? {},
  });

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      // The generation when the request began: what it read can be no newer than that.
      const startedAt = gate.generation;
      let key: string | null = null;
      let served = false;
      /** Set when this request runs a miss others may wait for. */
      let settle: ((answer: CachedAnswer | undefined) => void) | undefined;
      return {
        async didResolveOperation(context) {
          if (gate.suspended) return;
          const audience = audienceOf(context.contextValue.viewer);
          if (audience && isCacheableOperation(context.operation) && context.source)
            key = keyOf(partsOf(context, audience), startedAt);
        },
        async responseForOperation() {
          if (key === null) return null;
          const kept = entries.get(key);
          const hit = kept ?? (await answerOfConcurrent(key));
          if (!hit) {
            stats.misses += 1;
            settle = runningFrom(key);
            return null;
          }
          if (kept) stats.hits += 1;
          served = true;
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: hit.result } };
        },
        async willSendResponse({ response }) {
          if (key === null || served || response.body.kind !== 'single') return settle?.(undefined);
          const result = response.body.singleResult;
          if (result.errors?.length || gate.generation !== startedAt) return settle?.(undefined);
          const answer = { result, json: answerBytes(result) };
          // Apollo reorders the result's fields into a new object before writing it: its data is this one.
          if (result.data) stored.set(result.data, answer.json);
          entries.set(key, answer);
          stats.size = entries.size;
          settle?.(answer);
        },
      };
    },
  };
  /** The bytes of each stored answer, by its data (kept as long as the answer is). */
  const stored = new WeakMap<object, Buffer>();
  const writtenBytes = (result: FormattedExecutionResult) =>
    (result.data ? stored.get(result.data) : undefined) ?? answerBytes(result);
  /** The answer a concurrent miss of `key` gives, when it is kept. */
  const answerOfConcurrent = async (key: string): Promise<CachedAnswer | undefined> => {
    const pending = running.get(key);
    if (!pending) return undefined;
    stats.waiting += 1;
    const answer = await within(pending, shareWaitMs).finally(() => {
      stats.waiting -= 1;
    });
    if (answer) stats.shared += 1;
    return answer;
  };
  /** Marks `key` as running; the returned function hands its answer to whoever waits, once. */
  const runningFrom = (key: string) => {
    let resolve!: (answer: CachedAnswer | undefined) => void;
    const answer = new Promise<CachedAnswer | undefined>((done) => {
      resolve = done;
    });
    running.set(key, answer);
    return (kept: CachedAnswer | undefined) => {
      if (running.get(key) === answer) running.delete(key);
      resolve(kept);
    };
  };
  const lookup = (parts: CacheKeyParts) => {
    if (gate.suspended) return undefined;
    const hit = entries.get(keyOf(parts, gate.generation));
    if (hit) stats.hits += 1;
    return hit;
  };
  return {
    plugin,
    answerBytes: writtenBytes,
    lookup,
    concurrent: async (parts) =>
      gate.suspended ? undefined : answerOfConcurrent(keyOf(parts, gate.generation)),
    invalidate: gate.invalidate,
    suspend: gate.suspend,
    resume: gate.resume,
    stats,
  };
}
