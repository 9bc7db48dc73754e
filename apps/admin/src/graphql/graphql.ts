import { initGraphQLTada } from 'gql.tada';
import type { CombinedError } from 'urql';
import type { introspection } from './graphql-env.d.ts';

/**
 * Typed GraphQL documents for the console: results and variables are inferred from apps/api/schema.graphql
 * (its introspection types are written to graphql-env.d.ts by `pnpm generate`), so no result type is
 * written by hand and a field the schema lacks fails `pnpm typecheck` (through `gql.tada check`).
 *
 * `@_required` (urql strips it before sending) is only for a field the schema leaves nullable but the
 * console relies on the API sending; a field the schema makes non-null needs no marker.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    /** A calendar date, ISO 8601 (2022-11-16). */
    Date: string;
    /** An instant, ISO 8601. */
    DateTime: string;
    /** Free-form values (criteria documents, entry inputs): the console parses them where it reads them. */
    JSON: unknown;
    /** A row of a comparison's cells, aligned with its columns: decimals, null where there is none. */
    DecimalList: Array<number | null>;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';

/**
 * The answer of `node(id:)` narrowed to the type the query spreads on: a global ID of another type
 * answers as that type's bare `__typename`, which the screen treats as not found.
 */
export function nodeOf<Node extends { __typename?: string }, Typename extends string>(
  node: Node | null | undefined,
  typename: Typename,
): Extract<Node, { __typename: Typename }> | null {
  return node?.__typename === typename ? (node as Extract<Node, { __typename: Typename }>) : null;
}

/**
 * Whether a query was refused for what it asked for: `node(id:)` answers null with a FORBIDDEN error
 * for an assessment the viewer may not see, which the screen says rather than "not found".
 */
export function isForbidden(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((item) => item.extensions?.code === 'FORBIDDEN') ?? false;
}
