import { type GraphQLSchema, getNamedType, isInputObjectType } from 'graphql';

/** The zod schema the validation plugin keeps on an input type, as far as this check reads it. */
interface CheckedSchema {
  shape?: Record<string, unknown>;
}

export interface UncheckedInput {
  mutation: string;
  /** Why it fails the rule: no schema, or schema keys the input type does not have. */
  problem: string;
}

/**
 * Every mutation's input is checked by its service's zod schema on the input type, unless the
 * input holds only IDs (GraphQL and the relay plugin check those); and a schema names only fields
 * the input type has, so the two cannot drift apart unseen.
 */
export function uncheckedInputs(schema: GraphQLSchema): UncheckedInput[] {
  const problems: UncheckedInput[] = [];
  for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const input = mutation.args.find((arg) => arg.name === 'input');
    const type = input && getNamedType(input.type);
    if (!type || !isInputObjectType(type)) continue;
    const fields = type.getFields();
    const schemas = (type.extensions['@pothos/plugin-validation']?.schemas ?? []) as CheckedSchema[];
    const onlyIds = Object.values(fields).every((field) => getNamedType(field.type).name === 'ID');
    if (schemas.length === 0 && !onlyIds) {
      problems.push({ mutation: mutation.name, problem: 'no validation schema on its input type' });
    }
    for (const key of schemas.flatMap((checked) => Object.keys(checked.shape ?? {}))) {
      if (!(key in fields)) {
        problems.push({
          mutation: mutation.name,
          problem: `the schema checks "${key}", not a field of ${type}`,
        });
      }
    }
  }
  return problems;
}
