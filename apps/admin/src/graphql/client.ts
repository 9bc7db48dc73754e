import {
  cacheExchange,
  createClient,
  type Exchange,
  fetchExchange,
  type Operation,
  type OperationResult,
} from 'urql';
import { filter, lazy, merge, pipe, type Source, share } from 'wonka';

/**
 * The context of an operation whose answer a page keeps as its own state (the entry and review pages'
 * `Assessment` query and their saves): urql's document cache neither keeps its answer nor learns from it.
 *
 * Why: the document `cacheExchange` drops every cached query whose answer shares a `__typename` with a
 * mutation's answer, and runs again at once those still on screen — always `network-only`, whatever the
 * query's request policy; `additionalTypenames` can only add types. An autosave answers an `Assessment`,
 * a `Unit`, a `Period`…, so every save re-ran the page's `Assessment` query, its evidence and the
 * session's `me` (`AssessmentEntryPage.test.tsx` counts them). So:
 * - the page's `Assessment` query is sent with it: always from the network (an editing page must start from
 *   the server's revision), never cached, so no mutation can make the cache run it again;
 * - the saves (entries, reviewers' adjustments) are sent with it: the page merges their answers, and they
 *   invalidate nothing; a list not on screen keeps its cached answer until it is shown again, when the
 *   console's `cache-and-network` policy refreshes it;
 * - the status changes (submit, return, approve, reopen) are not: the lists must drop or move the
 *   assessment at once, and the evidence and `me` on screen are asked again (small, once per change).
 */
export const KEPT_BY_PAGE = { kept: 'byPage' } as const;

/**
 * The context of a query whose answer never changes (a published criteria version's document, 70–150 kB):
 * kept for the console's life in a document cache of its own, which no mutation's answer reaches, so none
 * drops it — a status change answers a `CriteriaVersion` too. Read it `cache-first`: asked once, then
 * never again; `network-only` still reads it anew.
 */
export const KEPT_FOR_GOOD = { kept: 'forGood' } as const;

type Keeper = (typeof KEPT_BY_PAGE)['kept'] | (typeof KEPT_FOR_GOOD)['kept'] | 'documentCache';

// Teardowns carry their operation's context, so they take the same way as it.
const keeperOf = (operation: Operation): Keeper => operation.context.kept ?? 'documentCache';

/** What keeps each keeper's answers on their way: the page's go straight on, the others through a cache. */
const KEEPERS: ReadonlyArray<[Keeper, Exchange]> = [
  ['byPage', ({ forward }) => forward],
  ['forGood', cacheExchange],
  ['documentCache', cacheExchange],
];

/**
 * Each operation through its keeper's exchange (`KEEPERS`, by its context; each `cacheExchange` has a
 * cache of its own), and one `forward` for them all, as urql requires of an exchange.
 */
const keepersExchange: Exchange = ({ forward, ...input }) => {
  return (operations$) => {
    const shared = share(operations$);
    const toFetch: Source<Operation>[] = [];
    let results$: Source<OperationResult>;
    const answers = KEEPERS.map(([keeper, exchange]) =>
      exchange({
        ...input,
        forward: (operations) => {
          toFetch.push(operations);
          // Subscribed to once every keeper has handed over what it sends (below).
          return pipe(
            lazy(() => results$),
            filter((result) => keeperOf(result.operation) === keeper),
          );
        },
      })(
        pipe(
          shared,
          filter((operation) => keeperOf(operation) === keeper),
        ),
      ),
    );
    // Each exchange calls `forward` as it is built, so every keeper's operations are there by now.
    if (toFetch.length !== KEEPERS.length) throw new Error('a keeper did not forward');
    results$ = share(forward(merge(toFetch)));
    return merge(answers);
  };
};

/** Same origin as the console: the API serves both (vite dev proxies /graphql). */
export function createApiClient(url = '/graphql') {
  return createClient({
    url,
    // Apollo Server blocks GET queries without a JSON content type (CSRF prevention).
    preferGetMethod: false,
    exchanges: [keepersExchange, fetchExchange],
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
  });
}
