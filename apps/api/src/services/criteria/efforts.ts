import type { Db } from '@chiso/db';
import { problem, problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { conflict, type FieldIssue, issueAt, notFound, validationFailed } from '../../errors.ts';

const SET = { vi: 'bộ tiêu chí', en: 'the criteria set' };
const EFFORTS = { vi: 'mức công sức của bộ tiêu chí', en: 'the criteria set’s effort weights' };

const hasTwoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/**
 * A criterion's effort: how much a point there weighs against a point elsewhere in the shortest
 * path to the next level (0,01–100, stored in hundredths).
 */
export const CriterionEffort = z.object({
  code: z.string().trim().min(1).max(100),
  weight: z
    .number()
    .min(0.01, problemFlag('EFFORT_OUT_OF_RANGE'))
    .max(100, problemFlag('EFFORT_OUT_OF_RANGE'))
    .refine(hasTwoDecimals, problemFlag('EFFORT_TWO_DECIMALS')),
});
export type CriterionEffort = z.infer<typeof CriterionEffort>;

/** setCriterionEfforts's input besides the set's id. */
export const SetCriterionEffortsInput = z.object({
  efforts: z.array(CriterionEffort).max(2000),
  revision: z.number().int().nonnegative().nullish(),
});

/** The weights the Sở stored for a set, by node code, in points (empty: none stored). */
export async function storedEfforts(db: Db, setId: string): Promise<Record<string, number>> {
  const rows = await db.criterionEffort.findMany({
    where: { setId },
    select: { nodeCode: true, weight: true },
  });
  return Object.fromEntries(rows.map((row) => [row.nodeCode, row.weight / 100]));
}

/**
 * Replaces a set's effort weights. Codes are checked against the set's latest version (criteria
 * and indicators: what the path's search weighs); nothing is written unless all are right.
 */
export async function setCriterionEfforts(
  context: Context,
  input: { setId: string; efforts: readonly CriterionEffort[]; revision?: number | null | undefined },
) {
  const { setId, efforts, revision } = input;
  return context.db.$transaction(async (tx) => {
    const set = await tx.criteriaSet.findUnique({
      where: { id: setId },
      select: { id: true, effortsRevision: true },
    });
    if (!set) throw notFound(SET);
    if (revision != null && revision !== set.effortsRevision) throw conflict(EFFORTS);
    const latest = await tx.criteriaVersion.findFirst({
      where: { setId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, version: true },
    });
    const known = new Set(
      latest
        ? (
            await tx.criteriaNode.findMany({
              where: { versionId: latest.id, kind: { in: ['CRITERION', 'INDICATOR'] } },
              select: { code: true },
            })
          ).map((node) => node.code)
        : [],
    );
    const seen = new Set<string>();
    const issues: FieldIssue[] = [];
    efforts.forEach((entry, index) => {
      if (!known.has(entry.code)) {
        const params = { code: entry.code, version: latest?.version ?? '—' };
        issues.push(issueAt(`efforts.${index}.code`, problem('EFFORT_UNKNOWN_CODE', params)));
      } else if (seen.has(entry.code)) {
        issues.push(issueAt(`efforts.${index}.code`, problem('EFFORT_GIVEN_TWICE', { code: entry.code })));
      }
      seen.add(entry.code);
    });
    if (issues.length > 0) throw validationFailed(issues);
    const before = await tx.criterionEffort.findMany({
      where: { setId },
      select: { nodeCode: true, weight: true },
      orderBy: { nodeCode: 'asc' },
    });
    // The revision moves with the rows: a save that read the same revision as this one loses.
    const { count } = await tx.criteriaSet.updateMany({
      where: { id: setId, effortsRevision: set.effortsRevision },
      data: { effortsRevision: { increment: 1 } },
    });
    if (count === 0) throw conflict(EFFORTS);
    await tx.criterionEffort.deleteMany({ where: { setId } });
    const updatedById = context.viewer.kind === 'user' ? context.viewer.userId : null;
    const rows = efforts.map((entry) => ({
      setId,
      nodeCode: entry.code,
      weight: Math.round(entry.weight * 100),
      updatedById,
    }));
    await tx.criterionEffort.createMany({ data: rows });
    await audit(tx, context, {
      action: 'criteriaSet.setEfforts',
      entityType: 'CriteriaSet',
      entityId: setId,
      before: { revision: set.effortsRevision, efforts: weights(before) },
      after: { revision: set.effortsRevision + 1, efforts: weights(rows) },
    });
    return tx.criteriaSet.findUniqueOrThrow({ where: { id: setId } });
  });
}

/** Weights by code in points, for the audit entry. */
const weights = (rows: ReadonlyArray<{ nodeCode: string; weight: number }>) =>
  Object.fromEntries(rows.map((row) => [row.nodeCode, row.weight / 100]));
