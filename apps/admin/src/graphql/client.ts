import { cacheExchange, createClient, type Exchange, fetchExchange, type Operation } from 'urql';
import { filter, merge, pipe, share } from 'wonka';

/**
 * The context of a mutation whose page keeps the answer as its own state (the entry and review pages):
 * urql's document cache does not see it, so it refetches nothing.
 *
 * Why: the document `cacheExchange` drops every cached query whose answer shares a `__typename` with a
 * mutation's answer, and runs again at once those still on screen — urql offers no way to say "this
 * answer is already applied" (`additionalTypenames` only adds types; a request policy is overridden, the
 * refetch is always `network-only`). An autosave answers an `Assessment`, a `Unit`, a `Period`…, so every
 * save re-ran the page's `Assessment` query (the whole criteria document, 70–150 kB), its evidence and the
 * session's `me` (`AssessmentEntryPage.test.tsx` counts them). Those pages merge the answer into what they
 * show instead; a query not on screen keeps its cached answer until its page asks again, and the console's
 * `cache-and-network` policy refreshes it then (the assessment's own page asks `network-only`).
 */
export const KEPT_BY_PAGE = { keptByPage: true } as const;

const keptByPage = (operation: Operation) =>
  operation.kind !== 'query' && operation.context.keptByPage === true;

/**
 * The document cache for every operation but those sent with `KEPT_BY_PAGE`, which go straight on (their
 * teardowns too: a teardown carries its operation's context). One `forward` for both, as urql requires.
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
