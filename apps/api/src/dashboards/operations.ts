/**
 * Registered (persisted) operations: the only GraphQL an API token may run. Admins register a
 * document under a name; dashboards then send its SHA-256 (Apollo's automatic persisted queries
 * shape), its id or its name instead of the text.
 */
import { createHash } from 'node:crypto';
import type { PersistedOperation } from '@chiso/db';
import { problem } from '@chiso/scoring';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { type DocumentNode, GraphQLError, Kind, parse, validate } from 'graphql';
import { z } from 'zod';
import { audit } from '../audit.ts';
import { assertOwnsProvince } from '../auth/provinces.ts';
import type { Context } from '../context.ts';
import { issueAt, notFound, validationFailed } from '../errors.ts';

/** Hex SHA-256 of the document exactly as sent: what Apollo clients hash for persisted queries. */
export const sha256Of = (document: string) => createHash('sha256').update(document).digest('hex');

/** registerPersistedOperation's input (checked on the GraphQL input type). */
export const RegisterPersistedOperationInput = z.object({
  name: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/,
      'a name of letters, digits, _ . - (at most 100), starting with a letter',
    ),
  document: z.string().min(1).max(100_000),
});

/** Parses and validates a document against the API schema: one query operation, nothing else. */
async function checkDocument(document: string): Promise<DocumentNode> {
  let parsed: DocumentNode;
  try {
    parsed = parse(document);
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'cannot be parsed';
    throw validationFailed([issueAt('document', problem('NOT_GRAPHQL', { detail: message }))]);
  }
  // Imported here: the schema imports this module's types, so it is built by the time this runs.
  const { schema } = await import('../schema/index.ts');
  const errors = validate(schema, parsed);
  if (errors.length > 0) {
    throw validationFailed(
      errors.map((error) => issueAt('document', problem('NOT_GRAPHQL', { detail: error.message }))),
    );
  }
  const operations = parsed.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const [only] = operations;
  if (operations.length !== 1 || !only || only.operation !== 'query') {
    throw validationFailed([issueAt('document', problem('OPERATION_NOT_ONE_QUERY'))]);
  }
  return parsed;
}

/**
 * The registry is one for the whole deployment (operations have no province, and a name or hash
 * is looked up across all of them), so only national admins change it: a province's admin could
 * otherwise replace or remove what every province's dashboards run. What a registered operation
 * answers is still scoped by the token's own province.
 */
export async function registerPersistedOperation(
  context: Context,
  { name, document }: { name: string; document: string },
) {
  assertOwnsProvince(context.viewer, null);
  await checkDocument(document);
  const sha256 = sha256Of(document);
  return context.db.$transaction(async (tx) => {
    const clash = await tx.persistedOperation.findFirst({ where: { OR: [{ name }, { sha256 }] } });
    if (clash) {
      throw validationFailed([
        clash.name === name
          ? issueAt('name', problem('OPERATION_NAME_TAKEN', { name }))
          : issueAt('document', problem('OPERATION_DOCUMENT_TAKEN', { name: clash.name })),
      ]);
    }
    const created = await tx.persistedOperation.create({ data: { name, sha256, document } });
    await audit(tx, context, {
      action: 'persistedOperation.register',
      entityType: 'PersistedOperation',
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export async function removePersistedOperation(context: Context, id: string) {
  assertOwnsProvince(context.viewer, null);
  return context.db.$transaction(async (tx) => {
    const found = await tx.persistedOperation.findUnique({ where: { id } });
    if (!found) throw notFound({ vi: 'thao tác đã đăng ký', en: 'the registered operation' });
    await tx.persistedOperation.delete({ where: { id } });
    await audit(tx, context, {
      action: 'persistedOperation.remove',
      entityType: 'PersistedOperation',
      entityId: id,
      before: found,
    });
    return found;
  });
}

/** What a request names: a hash, an id (raw or global, a name or a hash) or an operation name. */
export interface OperationReference {
  sha256?: string | undefined;
  id?: string | undefined;
  operationName?: string | undefined;
  /** The full text, accepted only when it is byte for byte a registered document. */
  query?: string | undefined;
}

/** The registered operation a request names, in one SQL statement; null when none matches. */
export async function findRegistered(
  context: Pick<Context, 'db'>,
  reference: OperationReference,
): Promise<PersistedOperation | null> {
  const where = reference.sha256
    ? { sha256: reference.sha256 }
    : reference.id
      ? { OR: [{ id: rawId(reference.id) }, { name: reference.id }, { sha256: reference.id }] }
      : reference.query
        ? { sha256: sha256Of(reference.query) }
        : reference.operationName
          ? { name: reference.operationName }
          : null;
  return where ? context.db.persistedOperation.findFirst({ where }) : null;
}

function rawId(id: string): string {
  try {
    const decoded = decodeGlobalID(id);
    return decoded.typename === 'PersistedOperation' ? decoded.id : id;
  } catch {
    return id;
  }
}
