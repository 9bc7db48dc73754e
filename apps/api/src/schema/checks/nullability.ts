import { type GraphQLSchema, isNonNullType, isObjectType } from 'graphql';

export interface NullabilityCount {
  fields: number;
  nullable: number;
  /** Names like `Assessment.result`, to review what stayed nullable and why. */
  nullableFields: string[];
}

/** Counts the object types' fields (not inputs, not introspection) that may answer null. */
export function countNullableFields(schema: GraphQLSchema): NullabilityCount {
  const nullableFields: string[] = [];
  let fields = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      fields += 1;
      if (!isNonNullType(field.type)) nullableFields.push(`${type.name}.${field.name}`);
    }
  }
  return { fields, nullable: nullableFields.length, nullableFields };
}
