import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** One change that can break a client written against the older schema. */
export interface BreakingChange {
  type: string;
  message: string;
  path?: string | undefined;
}

/**
 * What `next` breaks for clients of `previous` (the committed schema.graphql): removed or renamed
 * fields and types, arguments made required, nullable outputs… Dangerous and safe changes are left out.
 */
export async function breakingChanges(previousSdl: string, next: GraphQLSchema): Promise<BreakingChange[]> {
  const changes = await diff(buildSchema(previousSdl), next);
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ type: change.type, message: change.message, path: change.path }));
}
