import { auditInScope } from '../auth/provinces.ts';
import { admins, adminsOf } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { codeText, searchText } from '../limits/arguments.ts';
import { actorName } from '../services/audit-log/actors.ts';
import { type AuditFilter, auditWhere } from '../services/audit-log/filter.ts';
import { UnitRef } from './units.ts';
import { UserRef } from './viewer.ts';

const AuditLogRef = builder.prismaNode('AuditLog', {
  id: { field: 'id' },
  findUnique: (id, context) => ({ id, AND: [auditInScope(context.viewer)] }),
  authScopes: (entry, context) => adminsOf(context.viewer, entry.provinceId),
  description: 'One change: who, when, what, and the data before and after.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actorKind: t.exposeString('actorKind', { description: 'user, token or system' }),
    actorId: t.exposeString('actorId', { nullable: true }),
    actorName: t.string({
      nullable: true,
      description: "Who made the change: the person's name or the API token's name; null for the system.",
      resolve: (entry, _args, context) => actorName(context, entry),
    }),
    action: t.exposeString('action', { description: 'verb.noun, e.g. assessment.submit' }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId'),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.prismaConnection({
    type: AuditLogRef,
    cursor: 'id',
    description: 'The audit trail, newest first (admins only).',
    authScopes: admins,
    args: {
      entityType: t.arg.string({ validate: codeText }),
      entityId: t.arg.string({ validate: codeText }),
      action: t.arg.string({ validate: searchText }),
      actorId: t.arg.string({ validate: codeText }),
      actionPrefix: t.arg.string({
        validate: searchText,
        description: 'Actions starting with this, e.g. "user." or "assessment.".',
      }),
      userId: t.arg.globalID({ for: UserRef, description: 'Changes made by this User.' }),
      unitId: t.arg.globalID({
        for: UnitRef,
        description:
          'Changes about this Unit: the unit, its assessments and evidence, its people and what they did.',
      }),
      from: t.arg({ type: 'DateTime', description: 'At or after this instant.' }),
      to: t.arg({ type: 'DateTime', description: 'Before this instant.' }),
    },
    totalCount: async (_root, args, context) =>
      context.db.auditLog.count({ where: await auditWhere(context, filterOf(args)) }),
    resolve: async (query, _root, args, context) =>
      context.db.auditLog.findMany({
        ...query,
        where: await auditWhere(context, filterOf(args)),
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      }),
  }),
  auditActions: t.stringList({
    description: 'Every action the audit trail holds, for a filter (admins only).',
    authScopes: admins,
    resolve: async (_root, _args, context) =>
      (
        await context.db.auditLog.findMany({
          distinct: ['action'],
          select: { action: true },
          orderBy: { action: 'asc' },
        })
      ).map((row) => row.action),
  }),
}));

function filterOf(args: {
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  action?: string | null | undefined;
  actorId?: string | null | undefined;
  actionPrefix?: string | null | undefined;
  userId?: { id: string } | null | undefined;
  unitId?: { id: string } | null | undefined;
  from?: Date | null | undefined;
  to?: Date | null | undefined;
}): AuditFilter {
  return {
    entityType: args.entityType,
    entityId: args.entityId,
    action: args.action,
    actorId: args.userId?.id ?? args.actorId,
    actionPrefix: args.actionPrefix,
    unitId: args.unitId?.id,
    from: args.from,
    to: args.to,
  };
}
