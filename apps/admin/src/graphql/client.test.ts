import type { OperationContext } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fake-api.ts';
import { createApiClient, KEPT_BY_PAGE, KEPT_FOR_GOOD } from './client.ts';
import { graphql } from './graphql.ts';

const GROUP = graphql(`query Group($id: ID!) { node(id: $id) { __typename ... on UnitGroup { id name } } }`);
const RENAME = graphql(`
  mutation RenameGroup($input: UpdateUnitGroupInput!) {
    updateUnitGroup(input: $input) { __typename ... on UpdateUnitGroupPayload { data { id name } } }
  }
`);

const group = (name: string) => ({ node: { __typename: 'UnitGroup', id: 'G1', name } });
const renamed = (name: string) => ({
  updateUnitGroup: {
    __typename: 'UpdateUnitGroupPayload',
    data: { __typename: 'UnitGroup', id: 'G1', name },
  },
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * A group's query on screen while it is renamed: the names it showed, and the rename's answer. The
 * query and the mutation are sent with the contexts given (none: through the document cache).
 */
async function renamedOnScreen(
  client: ReturnType<typeof createApiClient>,
  contexts: { query?: Partial<OperationContext>; rename?: Partial<OperationContext> } = {},
) {
  const seen: string[] = [];
  const { unsubscribe } = client
    .query(GROUP, { id: 'G1' }, contexts.query)
    .subscribe((result) =>
      seen.push(String(result.data?.node?.__typename === 'UnitGroup' && result.data.node.name)),
    );
  await settle();
  const answer = await client
    .mutation(RENAME, { input: { id: 'G1', name: 'Khối phường' } }, contexts.rename)
    .toPromise();
  await settle();
  unsubscribe();
  return { seen, answer };
}

describe('createApiClient', () => {
  let api: ReturnType<typeof fakeApi>;
  afterEach(() => api.restore());

  it('a mutation answering a type refetches the queries on screen that hold it (the document cache)…', async () => {
    let name = 'Khối xã';
    api = fakeApi({
      Group: () => group(name),
      RenameGroup: () => {
        name = 'Khối phường';
        return renamed(name);
      },
    });
    const { seen } = await renamedOnScreen(createApiClient('http://chiso.test/graphql'));
    expect(api.sent.map((request) => request.operationName)).toEqual(['Group', 'RenameGroup', 'Group']);
    expect(seen.at(-1)).toBe('Khối phường');
  });

  it('…but not after one sent with KEPT_BY_PAGE, whose answer still reaches its caller', async () => {
    api = fakeApi({ Group: () => group('Khối xã'), RenameGroup: () => renamed('Khối phường') });
    const { answer } = await renamedOnScreen(createApiClient('http://chiso.test/graphql'), {
      rename: KEPT_BY_PAGE,
    });
    expect(answer.data?.updateUnitGroup).toMatchObject({ data: { name: 'Khối phường' } });
    expect(api.sent.map((request) => request.operationName)).toEqual(['Group', 'RenameGroup']);
    // Sent as written: the document cache's `__typename`s are not added to it, only its own is there.
    expect(api.named('RenameGroup')[0]?.query.match(/__typename/g)).toHaveLength(1);
  });

  it('a query sent with KEPT_BY_PAGE is neither served from the cache nor run again after a mutation', async () => {
    api = fakeApi({ Group: () => group('Khối xã'), RenameGroup: () => renamed('Khối phường') });
    const client = createApiClient('http://chiso.test/graphql');
    await renamedOnScreen(client, { query: KEPT_BY_PAGE });
    await client.query(GROUP, { id: 'G1' }, KEPT_BY_PAGE).toPromise();
    expect(api.sent.map((request) => request.operationName)).toEqual(['Group', 'RenameGroup', 'Group']);
  });

  it('a query sent with KEPT_FOR_GOOD is asked once: kept through a mutation answering its type, and served again from the cache', async () => {
    api = fakeApi({ Group: () => group('Khối xã'), RenameGroup: () => renamed('Khối phường') });
    const client = createApiClient('http://chiso.test/graphql');
    const keptForGood = { requestPolicy: 'cache-first', ...KEPT_FOR_GOOD } as const;
    const { seen } = await renamedOnScreen(client, { query: keptForGood });
    const again = await client.query(GROUP, { id: 'G1' }, keptForGood).toPromise();
    expect(api.sent.map((request) => request.operationName)).toEqual(['Group', 'RenameGroup']);
    expect(seen).toEqual(['Khối xã']);
    expect(again.operation.context.meta?.cacheOutcome).toBe('hit');
    // The document cache is a cache apart: the same query without KEPT_FOR_GOOD is asked anew.
    await client.query(GROUP, { id: 'G1' }, { requestPolicy: 'cache-first' }).toPromise();
    expect(api.named('Group')).toHaveLength(2);
  });
});
