import type { Prisma } from '@chiso/db';
import { auditInScope } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';

export interface AuditFilter {
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  action?: string | null | undefined;
  actorId?: string | null | undefined;
  /** "what": every action starting with this, e.g. "user." or "assessment.". */
  actionPrefix?: string | null | undefined;
  from?: Date | null | undefined;
  to?: Date | null | undefined;
  unitId?: string | null | undefined;
}

/**
 * The where clause of an audit search. "Unit" means every change about the unit: the unit itself,
 * its assessments and their evidence, the people bound to it, and what those people did.
 */
export async function auditWhere(context: Context, filter: AuditFilter): Promise<Prisma.AuditLogWhereInput> {
  const and: Prisma.AuditLogWhereInput[] = [
    auditInScope(context.viewer),
    ...(filter.entityType ? [{ entityType: filter.entityType }] : []),
    ...(filter.entityId ? [{ entityId: filter.entityId }] : []),
    ...(filter.action ? [{ action: filter.action }] : []),
    ...(filter.actionPrefix ? [{ action: { startsWith: filter.actionPrefix } }] : []),
    ...(filter.actorId ? [{ actorId: filter.actorId }] : []),
    ...(filter.from ? [{ at: { gte: filter.from } }] : []),
    ...(filter.to ? [{ at: { lt: filter.to } }] : []),
  ];
  if (filter.unitId) and.push(await aboutUnit(context, filter.unitId));
  return { AND: and };
}

async function aboutUnit(context: Context, unitId: string): Promise<Prisma.AuditLogWhereInput> {
  const [assessments, people] = await Promise.all([
    context.db.assessment.findMany({ where: { unitId }, select: { id: true } }),
    context.db.userUnit.findMany({ where: { unitId }, select: { userId: true } }),
  ]);
  const assessmentIds = assessments.map((row) => row.id);
  const evidence = await context.db.evidence.findMany({
    where: { assessmentId: { in: assessmentIds } },
    select: { id: true },
  });
  const userIds = people.map((row) => row.userId);
  return {
    OR: [
      { entityType: 'Unit', entityId: unitId },
      { entityType: 'Assessment', entityId: { in: assessmentIds } },
      { entityType: 'Evidence', entityId: { in: evidence.map((row) => row.id) } },
      { entityType: 'User', entityId: { in: userIds } },
      { actorKind: 'user', actorId: { in: userIds } },
    ],
  };
}
