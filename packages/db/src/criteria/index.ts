export { type CriteriaNodeRow, countCriteria, flattenCriteriaSet } from './flatten.ts';
export { type PreparedCriteriaVersion, prepareCriteriaVersion } from './prepare.ts';
export {
  type ImportOptions,
  importCriteriaSet,
  importPreparedVersion,
  replaceVersionDocument,
  type StoredVersion,
  storedDocument,
} from './store.ts';
