export { canSeeDrafts, canSeeVersion, visibleSets, visibleVersions } from './access.ts';
export { createCriteriaDraftFromVersion, createCriteriaDraftFromYaml } from './create.ts';
export { diffVersions, type NodeChangeView, type VersionDiff } from './diff.ts';
export { issuesOf } from './document.ts';
export {
  addCriteriaNode,
  moveCriteriaNode,
  removeCriteriaNode,
  setLevelRules,
  updateCriteriaNode,
} from './node-edits.ts';
export { publishCriteriaVersion } from './publish.ts';
export { updateCriteriaDraft } from './update-draft.ts';
export { writeYaml } from './yaml.ts';
