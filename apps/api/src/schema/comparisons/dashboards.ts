// Registered (persisted) operations: what dashboards' API tokens may run (see dashboards/plugin.ts).

import { admins } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import {
  RegisterPersistedOperationInput,
  registerPersistedOperation,
  removePersistedOperation,
} from '../../dashboards/operations.ts';
import { validatedBy } from '../validation.ts';

const PersistedOperationRef = builder.prismaNode('PersistedOperation', {
  id: { field: 'id' },
  authScopes: admins,
  description:
    'A GraphQL query registered for dashboards. A request with an API token names it by `extensions.persistedQuery.sha256Hash`, by `id` (this ID, the name or the hash) or by `operationName` (the name); tokens may run nothing else.',
  fields: (t) => ({
    name: t.exposeString('name'),
    sha256: t.exposeString('sha256', { description: 'Hex SHA-256 of the document exactly as registered.' }),
    document: t.exposeString('document'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  persistedOperations: t.prismaConnection({
    type: 'PersistedOperation',
    cursor: 'id',
    authScopes: admins,
    description: 'Registered operations, by name.',
    resolve: (query, _root, _args, context) =>
      context.db.persistedOperation.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
}));

builder.mutationFields((t) => ({
  registerPersistedOperation: t.fieldWithInput({
    type: PersistedOperationRef,
    errors: {},
    authScopes: admins,
    description:
      'Registers one query (validated against the schema) for dashboards under a unique name; its hash is the SHA-256 of `document` as given.',
    typeOptions: validatedBy(RegisterPersistedOperationInput),
    input: {
      name: t.input.string({ required: true }),
      document: t.input.string({ required: true }),
    },
    resolve: (_root, { input }, context) => registerPersistedOperation(context, input),
  }),
  removePersistedOperation: t.fieldWithInput({
    type: PersistedOperationRef,
    errors: {},
    authScopes: admins,
    description: 'Removes a registered operation: dashboards using it are refused from then on.',
    input: { id: t.input.globalID({ required: true, for: PersistedOperationRef }) },
    resolve: (_root, { input }, context) => removePersistedOperation(context, input.id.id),
  }),
}));
