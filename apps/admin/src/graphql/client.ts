import { cacheExchange, createClient, type Exchange, fetchExchange, type Operation } from 'urql';
import { filter, merge, pipe, share } from 'wonka';

/**
 * The context of an operation whose answer a page keeps as its own state (the entry and review pages'
 * `Assessment` query and their saves): urql's document cache neither keeps its answer nor learns from it.
 *
 * Why: the document `cacheExchange` drops every cached query whose answer shares a `__typename` with a
 * mutation's answer, and runs again at once those still on screen — always `network-only`, whatever the
 * query's request policy; `additionalTypenames` can only add types. An autosave answers an `Assessment`,
 * a `Unit`, a `Period`…, so every save re-ran the page's `Assessment` query (the whole criteria document,
 * 70–150 kB), its evidence and the session's `me` (`AssessmentEntryPage.test.tsx` counts them). So:
 * - the page's `Assessment` query is sent with it: always from the network (an editing page must start from
 *   the server's revision), never cached, so no mutation can make the cache run it again;
 * - the saves (entries, reviewers' adjustments) are sent with it: the page merges their answers, and they
 *   invalidate nothing; a list not on screen keeps its cached answer until it is shown again, when the
 *   console's `cache-and-network` policy refreshes it;
 * - the status changes (submit, return, approve, reopen) are not: the lists must drop or move the
 *   assessment at once, and the evidence and `me` on screen are asked again (small, once per change).
 */
export const KEPT_BY_PAGE = { keptByPage: true } as const;

// Teardowns carry their operation's context, so they take the same way as it.
const keptByPage = (operation: Operation) => operation.context.keptByPage === true;

/**
 * The document cache for every operation but those sent with `KEPT_BY_PAGE`, which go straight on. One
 * `forward` for both, as urql requires of an exchange.
 */
const documentCacheExchange: Exchange = ({ forward, ...input }) => {
  return (operations$) => {
    const shared = share(operations$);
    const passing = pipe(shared, filter(keptByPage));
    let results$ = null as ReturnType<typeof forward> | null;
    const cached = cacheExchange({
      ...input,
      forward: (toFetch$) => {
        results$ = share(forward(merge([toFetch$, passing])));
        return pipe(
          results$,
          filter((result) => !keptByPage(result.operation)),
        );
      },
    })(
      pipe(
        shared,
        filter((operation) => !keptByPage(operation)),
      ),
    );
    // cacheExchange calls `forward` as it is built, so the results are there by now.
    if (!results$) throw new Error('cacheExchange did not forward');
    return merge([
      cached,
      pipe(
        results$,
        filter((result) => keptByPage(result.operation)),
      ),
    ]);
  };
};

/** Same origin as the console: the API serves both (vite dev proxies /graphql). */
export function createApiClient(url = '/graphql') {
  return createClient({
    url,
    // Apollo Server blocks GET queries without a JSON content type (CSRF prevention).
    preferGetMethod: false,
    exchanges: [documentCacheExchange, fetchExchange],
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
  });
}
