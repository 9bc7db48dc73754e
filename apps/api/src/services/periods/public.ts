import { problem } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { AppError, issueAt } from '../../errors.ts';
import { findPeriod } from './load.ts';

/** setPeriodPublic's input besides the period (checked on the GraphQL input type). */
export const SetPeriodPublicInput = z.object({ isPublic: z.boolean() });

/**
 * Makes a published period's results public (readable without signing in: the public pages and the
 * feed in src/public/), or private again. Only a PUBLISHED period may be made public — its results
 * are final; making it private is always allowed. Setting what already holds changes nothing and
 * records nothing.
 */
export async function setPeriodPublic(context: Context, { id, isPublic }: { id: string; isPublic: boolean }) {
  return context.db.$transaction(async (tx) => {
    const before = await findPeriod(tx, id, context.viewer);
    if (isPublic && before.status !== 'PUBLISHED') {
      const issue = issueAt('id', problem('PERIOD_NOT_PUBLISHED_FOR_PUBLIC', { code: before.code }));
      throw new AppError(
        'INVALID_TRANSITION',
        {
          vi: `Không thể công khai: ${issue.messages.vi.charAt(0).toLowerCase()}${issue.messages.vi.slice(1)}.`,
          en: `Cannot make it public: ${issue.messages.en}.`,
        },
        [issue],
      );
    }
    if (before.isPublic === isPublic) return before;
    const after = await tx.period.update({
      where: { id },
      data: { isPublic, madePublicAt: isPublic ? new Date() : null, revision: { increment: 1 } },
    });
    await audit(tx, context, {
      action: isPublic ? 'period.makePublic' : 'period.makePrivate',
      entityType: 'Period',
      entityId: id,
      before: { isPublic: before.isPublic, madePublicAt: before.madePublicAt },
      after: { isPublic: after.isPublic, madePublicAt: after.madePublicAt },
    });
    return after;
  });
}
