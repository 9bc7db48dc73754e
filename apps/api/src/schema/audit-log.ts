import { builder } from '../builder.ts';

const AuditLogRef = builder.prismaNode('AuditLog', {
  id: { field: 'id' },
  description: 'One change: who, when, what, and the data before and after.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actorKind: t.exposeString('actorKind', { description: 'user, token or system' }),
    actorId: t.exposeString('actorId', { nullable: true }),
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
    authScopes: { role: 'ADMIN' },
    args: {
      entityType: t.arg.string(),
      entityId: t.arg.string(),
      action: t.arg.string(),
      actorId: t.arg.string(),
    },
    resolve: (query, _root, args, context) =>
      context.db.auditLog.findMany({
        ...query,
        where: {
          ...(args.entityType ? { entityType: args.entityType } : {}),
          ...(args.entityId ? { entityId: args.entityId } : {}),
          ...(args.action ? { action: args.action } : {}),
          ...(args.actorId ? { actorId: args.actorId } : {}),
        },
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      }),
  }),
}));
