import type { Prisma, Tx } from '@chiso/db';
import { conflict } from '../../errors.ts';
import { ASSESSMENT } from './access.ts';

/**
 * Writes the assessment row first, guarded by the revision the client read: a concurrent writer
 * blocks on the row and then finds the revision moved (CONFLICT), before it touches any entry.
 */
export async function claimRevision(
  tx: Tx,
  assessment: { id: string; revision: number },
  data: Omit<Prisma.AssessmentUpdateManyMutationInput, 'revision'> = {},
) {
  const { count } = await tx.assessment.updateMany({
    where: { id: assessment.id, revision: assessment.revision },
    data: { ...data, revision: { increment: 1 } },
  });
  if (count === 0) throw conflict(ASSESSMENT);
}

/** The assessment as written, for the answer and the audit's "after". */
export const reload = (tx: Tx, id: string) =>
  tx.assessment.findUniqueOrThrow({ where: { id }, include: { entries: { orderBy: { nodeCode: 'asc' } } } });
