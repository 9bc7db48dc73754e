import { readFileSync } from 'node:fs';
import { buildSchema, graphql, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../index.ts';
import { printedSchema, schemaFile } from '../printed.ts';
import { breakingChanges } from './breaking.ts';
import { countNullableFields } from './nullability.ts';
import { uncheckedInputs } from './validation.ts';

describe('breaking changes against the committed schema.graphql', () => {
  it('finds none in the schema as built (a deliberate break is printed with --accept-breaking)', async () => {
    expect(await breakingChanges(readFileSync(schemaFile, 'utf8'), schema)).toEqual([]);
  });

  it('detects a field removed and an output made nullable in a copy', async () => {
    const previous = printedSchema();
    const broken = previous
      .replace('  criteriaCount: Int!\n', '')
      .replace('  signOut: Boolean!', '  signOut: Boolean');
    const changes = await breakingChanges(previous, buildSchema(broken));
    expect(changes.map((change) => change.type).sort()).toEqual(['FIELD_REMOVED', 'FIELD_TYPE_CHANGED']);
    expect(changes.map((change) => change.path).sort()).toEqual([
      'CriteriaVersion.criteriaCount',
      'Mutation.signOut',
    ]);
  });
});

describe('what the printed schema promises', () => {
  const printed = buildSchema(printedSchema());

  it('at most a quarter of object fields may answer null', () => {
    const { fields, nullable } = countNullableFields(printed);
    expect(nullable / fields).toBeLessThanOrEqual(0.25);
  });

  it('every mutation but signOut takes one required input object, and no argument is JSON', () => {
    const mutation = printed.getMutationType();
    for (const field of Object.values(mutation?.getFields() ?? {})) {
      if (field.name === 'signOut') continue;
      expect(field.args.map((arg) => `${arg.name}: ${arg.type}`)).toEqual([
        `input: ${field.name[0]?.toUpperCase()}${field.name.slice(1)}Input!`,
      ]);
    }
    for (const type of Object.values(printed.getTypeMap())) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args)
          expect(`${type.name}.${field.name}(${arg.name}): ${arg.type}`).not.toMatch(/JSON/);
      }
    }
    expect(isInputObjectType(printed.getType('AddCriteriaNodeInput'))).toBe(true);
  });

  it("checks every mutation's input with its service's zod schema on the input type", () => {
    expect(uncheckedInputs(schema)).toEqual([]);
    // The printed schema carries no validation: the check finds every input with more than IDs.
    const unchecked = uncheckedInputs(printed).map((problem) => problem.mutation);
    expect(unchecked).toContain('createPeriod');
    expect(unchecked).not.toContain('closePeriod');
  });
});

describe('validation on the input type', () => {
  const createPeriod = `mutation ($input: CreatePeriodInput!) {
    createPeriod(input: $input) { __typename ... on AppError { code issues { path message } } }
  }`;

  it('answers VALIDATION_FAILED, by field, before the service runs; and for anyone', async () => {
    const result = await graphql({
      schema,
      source: createPeriod,
      variableValues: {
        input: { code: 'x y', name: ' ', kind: 'YEAR', startsOn: '2022-01-01', endsOn: '2022-12-31' },
      },
      // No database and no viewer: a refusal by the schema never reaches either.
      contextValue: { viewer: { kind: 'anonymous' } },
    });
    expect(result.errors).toBeUndefined();
    const refusal = result.data?.createPeriod as { code: string; issues: { path: string }[] };
    expect(refusal.code).toBe('VALIDATION_FAILED');
    expect(refusal.issues.map((issue) => issue.path).sort()).toEqual(['code', 'name']);
  });
});
