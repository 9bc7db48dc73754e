/**
 * An in-process cache of answers to the published comparison queries, as an Apollo Server plugin.
 *
 * Why it is sound: these queries read PUBLISHED assessments only, and published results change only
 * through this API's mutations (publish, reopen, a unit's rename…). So an answer may be reused while
 * nothing was written, for a caller who may see exactly what the first caller saw. The key holds:
 * - the generation: bumped when a mutation starts and again when it ends (a query that ran while a
 *   write was under way is stored under a generation nobody asks for afterwards);
 * - who is asking as far as it decides what they may see: a person's role and unit, or "a dashboard
 *   token" (a token's operation is checked against the registry before this plugin answers);
 *   anonymous callers are never served from the cache;
 * - the language (not-ranked reasons and names are written in it);
 * - the operation text, its name and its variables.
 * Writes made outside this process (the CLI, a second server) are seen once entries expire (`ttlMs`).
 * Only answers without errors are kept; everything else — other queries, mutations — runs as usual.
 */
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { type FieldNode, Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context, Viewer } from '../context.ts';

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
  /** How long a credential's viewer is remembered (viewers.ts); 0 = looked up on every request. */
  viewerTtlMs?: number;
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
  /** The same gzipped, made the first time a caller accepts it (answers are repetitive: ~10× smaller). */
  gzip?: Buffer;
}

export interface ResponseCache {
  plugin: ApolloServerPlugin<Context>;
  /** The stored answer for these parts at the current generation, if any (the HTTP fast path). */
  lookup(parts: CacheKeyParts): CachedAnswer | undefined;
  /** Forget every answer (the next generation); mutations call it themselves. */
  invalidate(): void;
  readonly stats: { hits: number; misses: number; size: number; generation: number };
}

/**
 * Mutations that cannot change what a comparison shows (sessions only); every other one — publish,
 * reopen, renames, criteria edits… — starts a new generation, whether it succeeds or not.
 */
const HARMLESS_MUTATIONS: ReadonlySet<string> = new Set(['signIn', 'signOut']);

/** A mutation made only of harmless root fields. */
function isHarmlessMutation(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && HARMLESS_MUTATIONS.has(selection.name.value),
  );
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
    return viewer.mustChangePassword ? null : `user:${viewer.role}:${[...viewer.unitIds].sort().join(',')}`;
  }
  if (viewer.kind === 'token') return 'token';
  return null;
}

export function createResponseCache(options: ResponseCacheOptions = {}): ResponseCache {
  const entries = new LRUCache<string, CachedAnswer>({
    max: options.maxEntries ?? 2_000,
    maxSize: options.maxBytes ?? 256 * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.json.length),
    ttl: options.ttlMs ?? 60_000,
  });
  let generation = 0;
  const stats = { hits: 0, misses: 0, size: 0, generation: 0 };
  const invalidate = () => {
    generation += 1;
    stats.generation = generation;
    entries.clear();
  };

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
      const startedAt = generation;
      let key: string | null = null;
      let served = false;
      let mutation = false;
      return {
        async didResolveOperation(context) {
          if (context.operation?.operation === 'mutation' && !isHarmlessMutation(context.operation)) {
            mutation = true;
            invalidate();
            return;
          }
          const audience = audienceOf(context.contextValue.viewer);
          if (audience && isCacheableOperation(context.operation) && context.source)
            key = keyOf(partsOf(context, audience), startedAt);
        },
        async responseForOperation() {
          if (key === null) return null;
          const hit = entries.get(key);
          if (!hit) {
            stats.misses += 1;
            return null;
          }
          stats.hits += 1;
          served = true;
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: hit.result } };
        },
        async willSendResponse({ response }) {
          if (mutation) {
            invalidate();
            return;
          }
          if (key === null || served || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || generation !== startedAt) return;
          // Apollo Server writes a single result as its JSON and a newline.
          entries.set(key, { result, json: Buffer.from(`${JSON.stringify(result)}\n`) });
          stats.size = entries.size;
        },
      };
    },
  };
  const lookup = (parts: CacheKeyParts) => {
    const hit = entries.get(keyOf(parts, generation));
    if (hit) stats.hits += 1;
    return hit;
  };
  return { plugin, lookup, invalidate, stats };
}
