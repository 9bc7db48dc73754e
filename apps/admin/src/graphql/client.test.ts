import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fake-api.ts';
import { createApiClient, KEPT_BY_PAGE } from './client.ts';
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
    const client = createApiClient('http://chiso.test/graphql');
    const seen: string[] = [];
    const { unsubscribe } = client
      .query(GROUP, { id: 'G1' })
      .subscribe((result) =>
        seen.push(String(result.data?.node?.__typename === 'UnitGroup' && result.data.node.name)),
      );
    await settle();
    await client.mutation(RENAME, { input: { id: 'G1', name: 'Khối phường' } }).toPromise();
    await settle();
    unsubscribe();
    expect(api.sent.map((request) => request.operationName)).toEqual(['Group', 'RenameGroup', 'Group']);
    expect(seen.at(-1)).toBe('Khối phường');
  });

  it('…but not after one sent with KEPT_BY_PAGE, whose answer still reaches its caller', async () => {
    api = fakeApi({ Group: () => group('Khối xã'), RenameGroup: () => renamed('Khối phường') });
    const client = createApiClient('http://chiso.test/graphql');
    const { unsubscribe } = client.query(GROUP, { id: 'G1' }).subscribe(() => {});
    await settle();
    const answer = await client
      .mutation(RENAME, { input: { id: 'G1', name: 'Khối phường' } }, KEPT_BY_PAGE)
      .toPromise();
    await settle();
    unsubscribe();
    expect(answer.data?.updateUnitGroup).toMatchObject({ data: { name: 'Khối phường' } });
    expect(api.sent.map((request) => request.operationName)).toEqual(['Group', 'RenameGroup']);
    // Sent as written: the document cache's `__typename`s are not added to it, only its own is there.
    expect(api.named('RenameGroup')[0]?.query.match(/__typename/g)).toHaveLength(1);
  });

  it('a query sent with KEPT_BY_PAGE is neither served from the cache nor run again after a mutation', async () => {
    api = fakeApi({ Group: () => group('Khối xã'), RenameGroup: () => renamed('Khối phường') });
    const client = createApiClient('http://chiso.test/graphql');
    const { unsubscribe } = client.query(GROUP, { id: 'G1' }, KEPT_BY_PAGE).subscribe(() => {});
    await settle();
    await client.mutation(RENAME, { input: { id: 'G1', name: 'Khối phường' } }).toPromise();
    await settle();
    unsubscribe();
    await client.query(GROUP, { id: 'G1' }, KEPT_BY_PAGE).toPromise();
    expect(api.sent.map((request) => request.operationName)).toEqual(['Group', 'RenameGroup', 'Group']);
  });
});
