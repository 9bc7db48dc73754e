import type { Prisma, Tx } from '@chiso/db';
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
  const { viewer } = context;
  await tx.auditLog.create({
    data: {
      actorId: viewer.kind === 'user' ? viewer.userId : viewer.kind === 'token' ? viewer.tokenId : null,
      actorKind: viewer.kind === 'user' ? 'user' : viewer.kind === 'token' ? 'token' : 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      ...(entry.before === undefined ? {} : { before: toJson(entry.before) }),
      ...(entry.after === undefined ? {} : { after: toJson(entry.after) }),
    },
  });
}

/** Plain JSON: dates as ISO strings, no class instances. */
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
}
