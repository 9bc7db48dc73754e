import type { Prisma, User } from '@chiso/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { usersInScope } from '../auth/provinces.ts';
import { admins as admin } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import type { Viewer } from '../context.ts';
import { searchText } from '../limits/arguments.ts';
import { searchWords } from '../services/units/search.ts';
import { CreateUserInput, createUser } from '../services/users/create.ts';
import { deactivateUser, reactivateUser } from '../services/users/deactivate.ts';
import {
  ImportUnitOfficersInput,
  importUnitOfficers,
  type OfficerAccount,
} from '../services/users/import-officers.ts';
import { ChangeOwnPasswordInput, changeOwnPassword, resetUserPassword } from '../services/users/password.ts';
import { UpdateUserInput, updateUser } from '../services/users/update.ts';
import { UnitRef } from './units.ts';
import { validatedBy } from './validation.ts';
import { RoleEnum, UserRef } from './viewer.ts';

const WithTemporaryPasswordRef = builder
  .objectRef<{ user: User; temporaryPassword: string }>('UserWithTemporaryPassword')
  .implement({
    description:
      'An account and its temporary password, shown this once (only its hash is kept); the person must change it at the first sign-in.',
    fields: (t) => ({
      user: t.field({ type: UserRef, resolve: (parent) => parent.user }),
      temporaryPassword: t.exposeString('temporaryPassword'),
    }),
  });

const ImportedAccountRef = builder.objectRef<OfficerAccount>('ImportedOfficerAccount').implement({
  description: 'One unit officer account from an imported sheet.',
  fields: (t) => ({
    rows: t.exposeIntList('rows', { description: 'The sheet rows it comes from (one per unit).' }),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    unitIds: t.idList({
      description: 'The Units it is bound to.',
      resolve: (account) => account.unitIds.map((id) => encodeGlobalID('Unit', id)),
    }),
    unitNames: t.exposeStringList('unitNames'),
    temporaryPassword: t.exposeString('temporaryPassword', {
      nullable: true,
      description: 'Shown this once; null on a dry run.',
    }),
    userId: t.id({
      nullable: true,
      description: 'The created User; null on a dry run.',
      resolve: (account) => (account.userId ? encodeGlobalID('User', account.userId) : null),
    }),
  }),
});

const OfficerImportRef = builder
  .objectRef<{ dryRun: boolean; accounts: OfficerAccount[] }>('UnitOfficerImport')
  .implement({
    fields: (t) => ({
      dryRun: t.exposeBoolean('dryRun', { description: 'True: checked only, nothing created.' }),
      accounts: t.field({ type: [ImportedAccountRef], resolve: (parent) => parent.accounts }),
    }),
  });

interface UserFilter {
  search?: string | null | undefined;
  role?: User['role'] | null | undefined;
  unitId?: { id: string } | null | undefined;
  includeDeactivated?: boolean | null | undefined;
}

function userWhere(viewer: Viewer, filter: UserFilter): Prisma.UserWhereInput {
  const words = searchWords(filter.search);
  return {
    AND: [
      usersInScope(viewer),
      ...words.map((word) => ({ searchName: { contains: word } })),
      ...(filter.role ? [{ role: filter.role }] : []),
      ...(filter.unitId ? [{ units: { some: { unitId: filter.unitId.id } } }] : []),
      ...(filter.includeDeactivated ? [] : [{ disabledAt: null }]),
    ],
  };
}

builder.queryFields((t) => ({
  users: t.prismaConnection({
    type: 'User',
    cursor: 'id',
    authScopes: admin,
    description:
      'Accounts by name (admins only). `search` matches name and email, ignoring diacritics and case: "nguyen van".',
    args: {
      search: t.arg.string({ validate: searchText }),
      role: t.arg({ type: RoleEnum }),
      unitId: t.arg.globalID({ for: UnitRef, description: 'Only people bound to this Unit.' }),
      includeDeactivated: t.arg.boolean({ description: 'Also deactivated accounts (default: no).' }),
    },
    totalCount: (_root, args, context) => context.db.user.count({ where: userWhere(context.viewer, args) }),
    resolve: (query, _root, args, context) =>
      context.db.user.findMany({
        ...query,
        where: userWhere(context.viewer, args),
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  createUser: t.fieldWithInput({
    type: WithTemporaryPasswordRef,
    errors: {},
    authScopes: admin,
    description: 'A new account with a temporary password (shown once, to be changed at the first sign-in).',
    typeOptions: validatedBy(CreateUserInput),
    input: {
      email: t.input.string({ required: true }),
      name: t.input.string({ required: true }),
      role: t.input.field({ type: RoleEnum, required: true }),
      unitIds: t.input.globalIDList({
        for: UnitRef,
        description: 'Required (one or more) for a unit officer.',
      }),
      locale: t.input.string({ description: 'vi (default) or en.' }),
    },
    resolve: (_root, { input }, context) =>
      createUser(context, {
        email: input.email,
        name: input.name,
        role: input.role,
        locale: input.locale as 'vi' | 'en' | null | undefined,
        unitIds: input.unitIds?.map((id) => id.id) ?? [],
      }),
  }),
  updateUser: t.fieldWithInput({
    type: UserRef,
    errors: {},
    authScopes: admin,
    description: 'Changes what is given; `unitIds` replaces the whole list.',
    typeOptions: validatedBy(UpdateUserInput),
    input: {
      id: t.input.globalID({ required: true, for: UserRef, description: 'The User.' }),
      email: t.input.string(),
      name: t.input.string(),
      role: t.input.field({ type: RoleEnum }),
      unitIds: t.input.globalIDList({ for: UnitRef }),
      locale: t.input.string(),
    },
    resolve: (_root, { input }, context) =>
      updateUser(context, input.id.id, {
        email: input.email,
        name: input.name,
        role: input.role,
        locale: input.locale as 'vi' | 'en' | null | undefined,
        unitIds: input.unitIds?.map((id) => id.id),
      }),
  }),
  deactivateUser: t.fieldWithInput({
    type: UserRef,
    errors: {},
    authScopes: admin,
    description: 'The account can no longer sign in; its sessions and the API tokens it created end at once.',
    input: { id: t.input.globalID({ required: true, for: UserRef }) },
    resolve: (_root, { input }, context) => deactivateUser(context, input.id.id),
  }),
  reactivateUser: t.fieldWithInput({
    type: UserRef,
    errors: {},
    authScopes: admin,
    input: { id: t.input.globalID({ required: true, for: UserRef }) },
    resolve: (_root, { input }, context) => reactivateUser(context, input.id.id),
  }),
  resetUserPassword: t.fieldWithInput({
    type: WithTemporaryPasswordRef,
    errors: {},
    authScopes: admin,
    description: 'A new temporary password (shown once); the person is signed out everywhere.',
    input: { id: t.input.globalID({ required: true, for: UserRef }) },
    resolve: (_root, { input }, context) => resetUserPassword(context, input.id.id),
  }),
  changeOwnPassword: t.fieldWithInput({
    type: UserRef,
    errors: {},
    authScopes: { signedIn: true },
    description:
      "The signed-in person's new password (also how a temporary one is replaced); their other sessions end.",
    typeOptions: validatedBy(ChangeOwnPasswordInput),
    input: {
      currentPassword: t.input.string({ required: true }),
      newPassword: t.input.string({ required: true }),
    },
    resolve: (_root, { input }, context) => changeOwnPassword(context, input),
  }),
  importUnitOfficers: t.fieldWithInput({
    type: OfficerImportRef,
    errors: {},
    authScopes: admin,
    description:
      'Unit officers from an .xlsx or .csv sheet (unit code, name, email; one row per unit): every row is checked first and any problem is reported per row with nothing created.',
    typeOptions: validatedBy(ImportUnitOfficersInput),
    input: {
      content: t.input.string({ required: true, description: 'The file, base64-encoded.' }),
      dryRun: t.input.boolean({ description: 'Check only: report what would be created.' }),
    },
    resolve: (_root, { input }, context) =>
      importUnitOfficers(context, { content: input.content, dryRun: input.dryRun }),
  }),
}));
