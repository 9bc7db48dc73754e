import { problem, problemFlag, problemRefinement } from '@chiso/scoring';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { assertCohortInScope, provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { forbidden, issueAt, validationFailed } from '../../errors.ts';

const globalId = (type: string) =>
  z.string().refine(
    (value) => {
      try {
        return decodeGlobalID(value).typename === type;
      } catch {
        return false;
      }
    },
    problemRefinement('ID_NOT_OF_TYPE', { typename: type }),
  );

/** What an analyst composed: stored as given (global IDs), read back by dashboards. */
export const ComparisonDefinition = z
  .object({
    cohort: z
      .object({
        unitGroupId: globalId('UnitGroup'),
        setCode: z.string().trim().min(1).max(100).optional(),
        filters: z
          .object({
            unitKind: z.enum(['PROVINCE', 'PROVINCIAL_AGENCY', 'DISTRICT', 'COMMUNE']).optional(),
            unitType: z.string().trim().min(1).max(50).optional(),
            parentUnitId: globalId('Unit').optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    /** One period, or two (older first) for deltas. */
    periods: z.array(globalId('Period')).min(1).max(2),
    nodes: z
      .object({
        kind: z.enum(['CATEGORY', 'GROUP', 'CRITERION']),
        codes: z.array(z.string().trim().min(1).max(100)).max(500).optional(),
      })
      .strict(),
    measures: z
      .array(z.enum(['POINTS', 'SHARE', 'RANK', 'LEVEL', 'DELTA']))
      .min(1)
      .refine((measures) => new Set(measures).size === measures.length, problemFlag('MEASURE_REPEATED')),
    /** How a merged unit's earlier values are combined (periodComparison's `rule`). */
    lineageRule: z.enum(['MEAN', 'SUM', 'MAX']).optional(),
    /** The node whose distribution the comparison shows. */
    focusNode: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((definition) => !definition.measures.includes('DELTA') || definition.periods.length === 2, {
    ...problemFlag('DELTA_NEEDS_TWO_PERIODS'),
    path: ['measures'],
  })
  .refine((definition) => !definition.lineageRule || definition.periods.length === 2, {
    ...problemFlag('LINEAGE_NEEDS_TWO_PERIODS'),
    path: ['lineageRule'],
  });
export type ComparisonDefinition = z.infer<typeof ComparisonDefinition>;

/** saveComparison's input besides the definition, which its own input type checks. */
export const SaveComparisonInput = z.object({ name: z.string().trim().min(1).max(200) });

const rawId = (id: string) => decodeGlobalID(id).id;

/** Saves a named comparison; the cohort and periods it names must exist. */
export async function saveComparison(
  context: Context,
  { name, definition }: { name: string; definition: ComparisonDefinition },
) {
  if (context.viewer.kind !== 'user') throw forbidden();
  const ownerId = context.viewer.userId;
  return context.db.$transaction(async (tx) => {
    const periodIds = definition.periods.map(rawId);
    const [group, periods] = await Promise.all([
      tx.unitGroup.findUnique({ where: { id: rawId(definition.cohort.unitGroupId) }, select: { id: true } }),
      tx.period.count({ where: { id: { in: periodIds } } }),
    ]);
    const issues = [
      ...(group ? [] : [issueAt('definition.cohort.unitGroupId', problem('NO_SUCH_UNIT_GROUP'))]),
      ...(periods === new Set(periodIds).size
        ? []
        : [issueAt('definition.periods', problem('NO_SUCH_PERIOD'))]),
    ];
    if (issues.length > 0) throw validationFailed(issues);
    const [from, to] = definition.periods;
    await assertCohortInScope(
      { db: tx, viewer: context.viewer },
      {
        unitGroupId: { id: rawId(definition.cohort.unitGroupId) },
        fromPeriodId: from ? { id: rawId(from) } : null,
        toPeriodId: to ? { id: rawId(to) } : null,
      },
    );
    const created = await tx.savedComparison.create({
      data: {
        name,
        definition: JSON.parse(JSON.stringify(definition)),
        ownerId,
        provinceId: provinceOf(context.viewer),
      },
    });
    await audit(tx, context, {
      action: 'comparison.save',
      entityType: 'SavedComparison',
      entityId: created.id,
      after: created,
    });
    return created;
  });
}
