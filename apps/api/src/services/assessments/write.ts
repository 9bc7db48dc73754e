import type { Prisma, Tx } from '@chiso/db';
import { type EntryRow, upsertEntries } from '@chiso/db/results';
import { audit } from '../../audit.ts';
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
 * the revision claimed (with the totals), the entries, the audit (the totals and the changed entries,
 * before and after). Everything it rests on was read and scored before, outside: any change since
 * moved the revision, so the claim answers CONFLICT and nothing is written. A short transaction holds
 * a connection for three statements, not for the reads and the scoring (`pnpm bench:load`: writers
 * queued seconds for connections).
 */
export async function writeEntries(
  context: Context,
  assessment: { id: string; revision: number },
  change: {
    action: string;
    totals: Omit<Prisma.AssessmentUpdateManyMutationInput, 'revision'>;
    entries: readonly EntryRow[];
    /** The totals as read, and every entry as read (the audit keeps the changed ones). */
    before: { totals: Record<string, unknown>; entries: readonly EntryRow[] };
  },
) {
  const changed = new Set(change.entries.map((entry) => entry.nodeCode));
  await context.db.$transaction(async (tx) => {
    await claimRevision(tx, assessment, change.totals);
    await upsertEntries(tx, change.entries);
    await audit(tx, context, {
      action: change.action,
      entityType: 'Assessment',
      entityId: assessment.id,
      before: {
        revision: assessment.revision,
        ...change.before.totals,
        entries: change.before.entries.filter((entry) => changed.has(entry.nodeCode)).map(auditedEntry),
      },
      after: {
        revision: assessment.revision + 1,
        ...change.totals,
        entries: change.entries.map(auditedEntry),
      },
    });
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
const auditedEntry = (entry: EntryRow) =>
  Object.fromEntries(AUDITED.map((field) => [field, entry[field]])) as Pick<
    EntryRow,
    (typeof AUDITED)[number]
  >;
