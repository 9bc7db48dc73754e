/** Operations and fixtures the criteria tests share. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { criteriaDir } from '@chiso/criteria';
import { toTypedInput } from '@chiso/scoring';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Client } from '../../test/harness.ts';

/** A real criteria file, read from disk as an admin would upload it. */
export const COMMUNE_YAML = readFileSync(join(criteriaDir, '2392-qd-btttt/commune.yaml'), 'utf8');
export const COMMUNE_CODE = 'btttt-2392-commune';

const VERSION_FIELDS = `id version status revision maxPoints criteriaCount valid publishedAt
  validation { path field message } basedOn { id version } set { code }`;

const ERROR_FIELDS = '... on AppError { code message issues { path message } }';

/** Runs a mutation returning a CriteriaVersion: `data` on success, else the typed error. */
export async function mutate(
  client: Client,
  name: string,
  signature: string,
  args: string,
  variables: Record<string, unknown>,
): Promise<{
  // biome-ignore lint/suspicious/noExplicitAny: answers are plain JSON that the assertions check.
  data?: any;
  error?: { code: string; message: string; issues: Array<{ path: string; message: string }> };
}> {
  const result = await client.data(
    `mutation (${signature}) { ${name}(input: { ${args} }) { __typename ... on ${name[0]?.toUpperCase()}${name.slice(1)}Payload { data { ${VERSION_FIELDS} } } ${ERROR_FIELDS} } }`,
    variables,
  );
  const answer = result[name];
  return answer.__typename === 'AppError' ? { error: answer } : { data: answer.data };
}

export const fromYaml = (client: Client, yaml: string) =>
  mutate(client, 'createCriteriaDraftFromYaml', '$yaml: String!', 'yaml: $yaml', { yaml });

export const fromVersion = (client: Client, versionId: string, version: string) =>
  mutate(client, 'createCriteriaDraftFromVersion', '$id: ID!, $v: String!', 'versionId: $id, version: $v', {
    id: versionId,
    v: version,
  });

const DRAFT = '$id: ID!, $rev: Int!, $recompute: Boolean';
const DRAFT_ARGS = 'id: $id, revision: $rev, recomputeMaxima: $recompute';

export interface Target {
  id: string;
  rev: number;
  recompute?: boolean;
}

export const updateNode = (client: Client, target: Target, code: string, patch: Record<string, unknown>) =>
  mutate(
    client,
    'updateCriteriaNode',
    `${DRAFT}, $code: String!, $patch: CriteriaNodePatch!`,
    `${DRAFT_ARGS}, code: $code, patch: $patch`,
    {
      ...target,
      code,
      patch: toTypedInput(patch),
    },
  );

export const addNode = (
  client: Client,
  target: Target,
  parentCode: string | null,
  node: unknown,
  position?: number,
) =>
  mutate(
    client,
    'addCriteriaNode',
    `${DRAFT}, $parent: String, $node: CriteriaNodeInput!, $position: Int`,
    `${DRAFT_ARGS}, parentCode: $parent, node: $node, position: $position`,
    { ...target, parent: parentCode, node: toTypedInput(node), position },
  );

export const removeNode = (client: Client, target: Target, code: string) =>
  mutate(client, 'removeCriteriaNode', `${DRAFT}, $code: String!`, `${DRAFT_ARGS}, code: $code`, {
    ...target,
    code,
  });

export const moveNode = (
  client: Client,
  target: Target,
  code: string,
  parentCode: string | null,
  position: number,
) =>
  mutate(
    client,
    'moveCriteriaNode',
    `${DRAFT}, $code: String!, $parent: String, $position: Int!`,
    `${DRAFT_ARGS}, code: $code, parentCode: $parent, position: $position`,
    { ...target, code, parent: parentCode, position },
  );

export const setLevels = (client: Client, target: Target, categoryCode: string, levels: unknown) =>
  mutate(
    client,
    'setLevelRules',
    `${DRAFT}, $category: String!, $levels: [LevelRuleInput!]!`,
    `${DRAFT_ARGS}, categoryCode: $category, levels: $levels`,
    { ...target, category: categoryCode, levels: toTypedInput(levels) },
  );

export const updateDraft = (client: Client, target: Target, document: unknown) =>
  mutate(
    client,
    'updateCriteriaDraft',
    `${DRAFT}, $document: CriteriaDocumentInput!`,
    `${DRAFT_ARGS}, document: $document`,
    {
      ...target,
      document: toTypedInput(document),
    },
  );

export const publish = (client: Client, id: string, rev: number) =>
  mutate(client, 'publishCriteriaVersion', '$id: ID!, $rev: Int!', 'id: $id, revision: $rev', {
    id,
    rev,
  });

/** The database id behind a global ID. */
export const rawId = (globalId: string) => decodeGlobalID(globalId).id;
