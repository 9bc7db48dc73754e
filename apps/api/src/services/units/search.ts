import { type Prisma, searchName } from '@chiso/db';

export interface UnitFilter {
  search?: string | null;
  kind?: Prisma.UnitWhereInput['kind'] | null;
  parentId?: string | null;
  groupId?: string | null;
  includeEnded?: boolean | null;
}

/** The words of a typed search, folded as `searchName` columns are ("Quảng  Yên" → quang, yen). */
export const searchWords = (search: string | null | undefined): string[] =>
  searchName(search ?? '')
    .split(' ')
    .filter(Boolean);

/** Units still existing on `today`: not ended, or ending later. */
export const liveOn = (today: Date): Prisma.UnitWhereInput => ({
  OR: [{ endedOn: null }, { endedOn: { gte: today } }],
});

/**
 * The `where` of a unit search: every word of the query, folded like `Unit.searchName` ("quang yen"
 * finds "Thị xã Quảng Yên"), must occur in it — the test `matchesSearch` makes in the console.
 */
export function unitWhere(filter: UnitFilter, today = new Date()): Prisma.UnitWhereInput {
  const words = searchWords(filter.search);
  return {
    AND: [
      ...words.map((word) => ({ searchName: { contains: word } })),
      ...(filter.kind ? [{ kind: filter.kind }] : []),
      ...(filter.parentId ? [{ parentId: filter.parentId }] : []),
      ...(filter.groupId ? [{ groupId: filter.groupId }] : []),
      ...(filter.includeEnded ? [] : [liveOn(today)]),
    ],
  };
}
