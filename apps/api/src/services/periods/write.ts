import { problem, problemFlag } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { periodsInScope, provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { conflict, issueAt, validationFailed } from '../../errors.ts';
import { Day, dateIssues, toDate } from './dates.ts';
import { findPeriod, period as periodName, requireStatus } from './load.ts';

const Name = z.string().trim().min(1).max(200);

/** createPeriod's input, checked on the GraphQL input type before the service runs. */
export const CreatePeriodInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,40}$/, problemFlag('PERIOD_CODE_FORMAT')),
  name: Name,
  kind: z.enum(['HALF_YEAR', 'YEAR']),
  startsOn: Day,
  endsOn: Day,
  submissionDue: Day.nullish(),
  reviewDue: Day.nullish(),
});

export type CreatePeriodInput = z.output<typeof CreatePeriodInput>;

/** A new period, in DRAFT until versions are assigned and it is opened. */
export async function createPeriod(context: Context, data: CreatePeriodInput) {
  const row = {
    code: data.code,
    name: data.name,
    kind: data.kind,
    startsOn: toDate(data.startsOn),
    endsOn: toDate(data.endsOn),
    submissionDue: data.submissionDue ? toDate(data.submissionDue) : null,
    reviewDue: data.reviewDue ? toDate(data.reviewDue) : null,
  };
  const issues = dateIssues(row);
  if (issues.length > 0) throw validationFailed(issues);
  return context.db.$transaction(async (tx) => {
    // Taken when its creator sees a period of that code: their province's or a national one (a
    // national admin sees every province's, and every province reads a national period beside its
    // own). Another province's "2023" is neither taken nor revealed.
    if (await tx.period.findFirst({ where: { code: row.code, ...periodsInScope(context.viewer) } })) {
      throw validationFailed([issueAt('code', problem('PERIOD_CODE_TAKEN', { code: row.code }))]);
    }
    // A province's admin makes its periods; a national admin, national ones.
    const created = await tx.period.create({ data: { ...row, provinceId: provinceOf(context.viewer) } });
    await audit(tx, context, {
      action: 'period.create',
      entityType: 'Period',
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** updatePeriod's input: a null name keeps the name; a null deadline clears it, an absent one keeps it. */
export const UpdatePeriodInput = z.object({
  revision: z.number().int().min(0),
  name: Name.nullish(),
  submissionDue: Day.nullable().optional(),
  reviewDue: Day.nullable().optional(),
});

export type UpdatePeriodInput = z.output<typeof UpdatePeriodInput>;

/** Name and deadlines, while the period is DRAFT or OPEN; a stale `revision` answers CONFLICT. */
export async function updatePeriod(context: Context, id: string, data: UpdatePeriodInput) {
  return context.db.$transaction(async (tx) => {
    const before = await findPeriod(tx, id, context.viewer);
    requireStatus(before, ['DRAFT', 'OPEN'], { vi: 'sửa kỳ đánh giá', en: 'change the period' });
    const changes = {
      ...(data.name == null ? {} : { name: data.name }),
      ...(data.submissionDue === undefined
        ? {}
        : { submissionDue: data.submissionDue ? toDate(data.submissionDue) : null }),
      ...(data.reviewDue === undefined ? {} : { reviewDue: data.reviewDue ? toDate(data.reviewDue) : null }),
    };
    const issues = dateIssues({ ...before, ...changes });
    if (issues.length > 0) throw validationFailed(issues);
    const { count } = await tx.period.updateMany({
      where: { id, revision: data.revision },
      data: { ...changes, revision: { increment: 1 } },
    });
    if (count === 0) throw conflict(periodName);
    const after = await findPeriod(tx, id, context.viewer);
    await audit(tx, context, { action: 'period.update', entityType: 'Period', entityId: id, before, after });
    return after;
  });
}
