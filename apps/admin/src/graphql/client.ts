import { cacheExchange, createClient, fetchExchange } from 'urql';

/** Same origin as the console: the API serves both (vite dev proxies /graphql). */
export function createApiClient(url = '/graphql') {
  return createClient({
    url,
    // Apollo Server blocks GET queries without a JSON content type (CSRF prevention).
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
  });
}
