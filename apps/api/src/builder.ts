import { getDatamodel, type Role } from '@chiso/db';
import type PrismaTypes from '@chiso/db/generated/pothos-types';
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin, { type ComplexityErrorKind, type ComplexityResult } from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import WithInputPlugin from '@pothos/plugin-with-input';
import type { Context } from './context.ts';
import { AppError, forbidden, unauthenticated } from './errors.ts';
import { askedAtOnce } from './limits/arguments.ts';
import { invalidInput } from './schema/validation.ts';

/** The largest page any list returns; `first`/`last` above it are refused. */
const MAX_PAGE_SIZE = 200;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    signedIn: boolean;
    role: Role | readonly Role[];
    dashboard: boolean;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    DecimalList: { Input: never; Output: ReadonlyArray<number | null> };
  };
  // Fields are non-null unless they say otherwise: a null must mean "truly absent", not "we didn't think".
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  // Errors first so that scope-auth's refusals become typed results on mutations; relay before
  // scope-auth so scopes see parsed global IDs.
  plugins: [
    ErrorsPlugin,
    RelayPlugin,
    ScopeAuthPlugin,
    PrismaPlugin,
    ComplexityPlugin,
    WithInputPlugin,
    ValidationPlugin,
  ],
  // Every mutation: `name(input: NameInput!): NameResult!`, a union of AppError and `NamePayload { data }`.
  errors: {
    defaultTypes: [AppError],
    // An input refused by its zod schema (or an id that does not decode) is a typed AppError too.
    unsafelyHandleInputErrors: true,
    defaultResultOptions: { name: ({ fieldName }) => `${capitalised(fieldName)}Payload` },
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalised(fieldName)}Result` },
  },
  // Each mutation's input type carries the zod schema its service exports (`typeOptions.validate`).
  validation: { validationError: (failure) => invalidInput(failure.issues) },
  withInput: {
    typeOptions: { name: ({ fieldName }) => `${capitalised(fieldName)}Input` },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodesQueryOptions: { args: { ids: { validate: askedAtOnce } } },
  },
  scopeAuth: {
    authScopes: (context) => ({
      signedIn: context.viewer.kind === 'user',
      role: (roles) =>
        context.viewer.kind === 'user' && ([roles].flat() as Role[]).includes(context.viewer.role),
      dashboard: context.viewer.kind === 'token',
    }),
    unauthorizedError: (_parent, context) =>
      context.viewer.kind === 'anonymous' ? unauthenticated() : forbidden(),
  },
  prisma: {
    client: (context) => context.db as never,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: 50,
  },
  complexity: {
    // Depth and cost limits on every operation: a list multiplies what is below it by 10.
    limit: { depth: 12, breadth: 200, complexity: 20_000 },
    complexityError: (kind, result) => tooComplex(kind, result),
  },
});

const LIMIT_WORDS = {
  Depth: { vi: 'sâu', en: 'deep', value: 'depth', max: 'maxDepth' },
  Breadth: { vi: 'rộng', en: 'broad', value: 'breadth', max: 'maxBreadth' },
  Complexity: { vi: 'phức tạp', en: 'complex', value: 'complexity', max: 'maxComplexity' },
} as const;

/** LIMIT_EXCEEDED, saying which limit and by how much, in both languages. */
function tooComplex(
  kind: `${ComplexityErrorKind}`,
  result: ComplexityResult & { maxDepth?: number; maxBreadth?: number; maxComplexity?: number },
) {
  const words = LIMIT_WORDS[kind];
  const figures = `${result[words.value]} > ${result[words.max]}`;
  return new AppError('LIMIT_EXCEEDED', {
    vi: `Truy vấn quá ${words.vi} (${figures}); hãy chia nhỏ truy vấn.`,
    en: `The operation is too ${words.en} (${figures}); split it into smaller ones.`,
  });
}

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
