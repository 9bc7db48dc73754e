import type { Prisma, Tx } from '@chiso/db';
import { type EntryRow, upsertEntries } from '@chiso/db/results';
import { type AuditEntry, audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
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

/**
 * Entries changed as read at `assessment.revision`, written in a transaction of three statements:
 * the revision claimed (with the totals), the entries, the audit. Everything it rests on was read and
 * scored before, outside: any change since moved the revision, so the claim answers CONFLICT and
 * nothing is written. A short transaction holds a connection for three statements, not for the reads
 * and the scoring (`pnpm bench:load`: writers queued seconds for connections).
 */
export async function writeEntries(
  context: Context,
  assessment: { id: string; revision: number },
  {
    totals,
    entries,
    audit: entry,
  }: {
    totals: Omit<Prisma.AssessmentUpdateManyMutationInput, 'revision'>;
    entries: readonly EntryRow[];
    audit: Omit<AuditEntry, 'entityType' | 'entityId'>;
  },
) {
  await context.db.$transaction(async (tx) => {
    await claimRevision(tx, assessment, totals);
    await upsertEntries(tx, entries);
    await audit(tx, context, { ...entry, entityType: 'Assessment', entityId: assessment.id });
  });
  return reload(context.db, assessment.id);
}

const AUDITED = [
  'nodeCode',
  'input',
  'explanation',
  'selfPoints',
  'reviewedPoints',
  'reviewerComment',
] as const;

/** What an audit shows of an entry. */
export const auditedEntry = (entry: EntryRow) =>
  Object.fromEntries(AUDITED.map((field) => [field, entry[field]])) as Pick<
    EntryRow,
    (typeof AUDITED)[number]
  >;
