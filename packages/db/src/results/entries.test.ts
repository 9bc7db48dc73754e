import { describe, expect, it } from 'vitest';
import { demoDatabase } from '../test-backends.ts';
import { replaceEntries, upsertEntries } from './entries.ts';

const demo = await demoDatabase();

describe.skipIf(!demo.enabled)('writing entries in bulk', () => {
  it.each([
    ['replaceEntries', replaceEntries],
    ['upsertEntries', upsertEntries],
  ])(
    '%s writes the named entries as given, an emptied value as SQL NULL, and leaves the others',
    async (name, write) => {
      const added = `X.NEW.${name}`;
      const [a, b] = await demo.db.assessment.findMany({
        where: { entries: { some: {} } },
        take: 2,
        orderBy: { id: 'asc' },
        include: { entries: { orderBy: { nodeCode: 'asc' }, take: 3 } },
      });
      if (!a || !b) throw new Error('the demo has assessments with entries');
      const [first, second, kept] = a.entries;
      const counts = async () => [
        await demo.db.assessmentEntry.count({ where: { assessmentId: a.id } }),
        await demo.db.assessmentEntry.count({ where: { assessmentId: b.id } }),
      ];
      const before = await counts();
      const base = { selfPoints: 150, reviewedPoints: null, explanation: null, reviewerComment: null };
      await demo.db.$transaction((tx) =>
        write(tx, [
          {
            ...base,
            assessmentId: a.id,
            nodeCode: first?.nodeCode as string,
            input: { numerator: 3, denominator: 4 },
          },
          {
            ...base,
            assessmentId: a.id,
            nodeCode: second?.nodeCode as string,
            input: null,
            selfPoints: null,
          },
          { ...base, assessmentId: b.id, nodeCode: added, input: 'Có', reviewerComment: 'Đã đối chiếu' },
        ]),
      );
      expect(await counts()).toEqual([before[0], (before[1] as number) + 1]);
      const read = (assessmentId: string, nodeCode: string) =>
        demo.db.assessmentEntry.findUniqueOrThrow({
          where: { assessmentId_nodeCode: { assessmentId, nodeCode } },
        });
      expect(await read(a.id, first?.nodeCode as string)).toMatchObject({
        input: { numerator: 3, denominator: 4 },
        selfPoints: 150,
      });
      expect(await read(a.id, second?.nodeCode as string)).toMatchObject({ input: null, selfPoints: null });
      const [nulls] = await demo.db.$queryRaw<
        Array<{ count: bigint }>
      >`SELECT count(*) AS count FROM "AssessmentEntry"
      WHERE "assessmentId" = ${a.id} AND "nodeCode" = ${second?.nodeCode} AND input IS NULL`;
      expect(Number(nulls?.count)).toBe(1);
      expect(await read(b.id, added)).toMatchObject({ input: 'Có', reviewerComment: 'Đã đối chiếu' });
      expect(await read(a.id, kept?.nodeCode as string)).toMatchObject({ input: kept?.input, id: kept?.id });
      // An upsert writes an existing entry in place; a replacement gives it a new row.
      const rewritten = (await read(a.id, first?.nodeCode as string)).id;
      if (write === upsertEntries) expect(rewritten).toBe(first?.id);
      else expect(rewritten).not.toBe(first?.id);
    },
  );
});
