export { canSeeDrafts, canSeeVersion, visibleSets, visibleVersions } from './access.ts';
export {
  CreateCriteriaDraftFromVersionInput,
  CreateCriteriaDraftFromYamlInput,
  createCriteriaDraftFromVersion,
  createCriteriaDraftFromYaml,
} from './create.ts';
export { diffVersions, type NodeChangeView, type VersionDiff } from './diff.ts';
export { issuesOf } from './document.ts';
export { DraftEditInput } from './edit.ts';
export {
  AddCriteriaNodeInput,
  addCriteriaNode,
  MoveCriteriaNodeInput,
  moveCriteriaNode,
  RemoveCriteriaNodeInput,
  removeCriteriaNode,
  SetLevelRulesInput,
  setLevelRules,
  UpdateCriteriaNodeInput,
  updateCriteriaNode,
} from './node-edits.ts';
export { PublishCriteriaVersionInput, publishCriteriaVersion } from './publish.ts';
export { updateCriteriaDraft } from './update-draft.ts';
export { writeYaml } from './yaml.ts';
