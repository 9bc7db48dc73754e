import type { Prisma, Tx } from '@chiso/db';
import { provinceOf } from './auth/provinces.ts';
import type { Context } from './context.ts';

export interface AuditEntry {
  /** verb.noun, e.g. "assessment.submit". */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Records a change in the same transaction as the change itself. */
export async function audit(tx: Tx, context: Pick<Context, 'viewer'>, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(context, entry) });
}

/** Records many changes of one action at once (a workbook's units), in one statement. */
export async function auditMany(
  tx: Tx,
  context: Pick<Context, 'viewer'>,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length > 0)
    await tx.auditLog.createMany({ data: entries.map((entry) => auditRow(context, entry)) });
}

function auditRow({ viewer }: Pick<Context, 'viewer'>, entry: AuditEntry) {
  return {
    // Its province's admins read it (auth/provinces.ts); national roles' and the system's are national.
    provinceId: provinceOf(viewer),
    actorId: viewer.kind === 'user' ? viewer.userId : viewer.kind === 'token' ? viewer.tokenId : null,
    actorKind: viewer.kind === 'user' ? 'user' : viewer.kind === 'token' ? 'token' : 'system',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    ...(entry.before === undefined ? {} : { before: toJson(entry.before) }),
    ...(entry.after === undefined ? {} : { after: toJson(entry.after) }),
  };
}

/** Plain JSON: dates as ISO strings, no class instances. */
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
}
