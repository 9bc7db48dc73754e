import type { ApiToken } from '@chiso/db';
import { usersInScope } from '../auth/provinces.ts';
import { admins, canSeeUser } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import {
  CreateApiTokenInput,
  createApiToken,
  revokeApiToken,
  SignInInput,
  signIn,
  signOut,
} from '../services/auth.ts';
import { UnitRef } from './units.ts';
import { validatedBy } from './validation.ts';

export const RoleEnum = builder.enumType('Role', {
  description:
    'What a person may do: admin (Sở), reviewer (thẩm định), unit officer (cán bộ đơn vị), analyst.',
  values: ['ADMIN', 'REVIEWER', 'UNIT_OFFICER', 'ANALYST'] as const,
});

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  findUnique: (id, context) => ({ id, AND: [usersInScope(context.viewer)] }),
  authScopes: (user, context) => canSeeUser(context.viewer, user),
  description: 'A person who signs in to the console.',
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (user) => user.role }),
    locale: t.exposeString('locale'),
    unit: t.field({
      type: UnitRef,
      nullable: true,
      deprecationReason: 'A person may be bound to several units: use `units`.',
      select: { units: { select: { unit: true }, orderBy: { unit: { code: 'asc' } }, take: 1 } },
      resolve: (user) => user.units[0]?.unit ?? null,
    }),
    province: t.relation('province', {
      nullable: true,
      description:
        'The province the person works in (they see its units only); null for national roles, who see every province.',
    }),
    units: t.field({
      type: [UnitRef],
      description: "The units the person works for: a unit officer fills in these units' assessments.",
      select: { units: { select: { unit: true }, orderBy: { unit: { code: 'asc' } } } },
      resolve: (user) => user.units.map((link) => link.unit),
    }),
    mustChangePassword: t.exposeBoolean('mustChangePassword', {
      description: 'Signed in with a temporary password: only changing it is allowed until then.',
    }),
    active: t.boolean({
      description: 'False once an admin deactivated the account.',
      select: { disabledAt: true },
      resolve: (user) => user.disabledAt === null,
    }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const ApiTokenRef = builder.prismaNode('ApiToken', {
  id: { field: 'id' },
  findUnique: (id, context) => ({ id, createdBy: usersInScope(context.viewer) }),
  authScopes: admins,
  description: "A dashboard's token: it reads published results only.",
  fields: (t) => ({
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    createdBy: t.relation('createdBy', { description: 'The admin who created it.' }),
  }),
});

const CreatedApiTokenRef = builder
  .objectRef<{ secret: string; token: ApiToken }>('CreatedApiToken')
  .implement({
    description: 'The secret is shown this once; only its hash is kept.',
    fields: (t) => ({
      secret: t.exposeString('secret'),
      token: t.field({ type: ApiTokenRef, resolve: (parent) => parent.token }),
    }),
  });

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in person, or null.',
    resolve: (query, _root, _args, context) =>
      context.viewer.kind === 'user'
        ? context.db.user.findUnique({ ...query, where: { id: context.viewer.userId } })
        : null,
  }),
  apiTokens: t.prismaField({
    type: ['ApiToken'],
    authScopes: admins,
    resolve: (query, _root, _args, context) =>
      context.db.apiToken.findMany({
        ...query,
        where: { createdBy: usersInScope(context.viewer) },
        orderBy: { createdAt: 'desc' },
      }),
  }),
}));

builder.mutationFields((t) => ({
  // Mutations return what their service wrote; relations a client asks for are loaded on demand.
  signIn: t.fieldWithInput({
    type: UserRef,
    errors: {},
    description: 'Opens a session: the answer sets an httpOnly cookie.',
    typeOptions: validatedBy(SignInInput),
    input: { email: t.input.string({ required: true }), password: t.input.string({ required: true }) },
    resolve: (_root, { input }, context) => signIn(context, input),
  }),
  signOut: t.boolean({ resolve: (_root, _args, context) => signOut(context) }),
  createApiToken: t.fieldWithInput({
    type: CreatedApiTokenRef,
    errors: {},
    authScopes: admins,
    typeOptions: validatedBy(CreateApiTokenInput),
    input: { name: t.input.string({ required: true }) },
    resolve: (_root, { input }, context) => createApiToken(context, input),
  }),
  revokeApiToken: t.fieldWithInput({
    type: ApiTokenRef,
    errors: {},
    authScopes: admins,
    input: { id: t.input.globalID({ required: true, for: ApiTokenRef }) },
    resolve: (_root, { input }, context) => revokeApiToken(context, input.id.id),
  }),
}));
