// @vitest-environment node
import { readFileSync } from 'node:fs';
import { buildSchema, type DocumentNode, Kind, validate } from 'graphql';
import { formatDocument } from 'urql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
const modules = import.meta.glob<Record<string, unknown>>('../features/*/operations.ts', { eager: true });

const isDocument = (value: unknown): value is DocumentNode =>
  (value as DocumentNode | null)?.kind === Kind.DOCUMENT;
const operations = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).flatMap(([name, value]) =>
    isDocument(value) && value.definitions.some((node) => node.kind === Kind.OPERATION_DEFINITION)
      ? [{ name: `${file.replace('../features/', '')} ${name}`, document: value }]
      : [],
  ),
);

/**
 * What the API receives: urql strips the client-only `@_unmask` / `@_required` directives and adds
 * `__typename`s. Each operation must still be valid against the committed schema.
 */
describe('operations as sent', () => {
  it('finds the operations of every feature', () => {
    expect(operations.length).toBeGreaterThan(40);
  });
  it.each(operations)('$name validates against schema.graphql', ({ document }) => {
    // urql's DocumentNode type is @0no-co/graphql.web's: the same AST, typed apart from graphql-js's.
    const sent = formatDocument(document) as unknown as DocumentNode;
    expect(validate(schema, sent).map((error) => error.message)).toEqual([]);
  });
});
