export { type CriteriaNodeRow, countCriteria, flattenCriteriaSet } from './flatten.ts';
export { type ImportOptions, importCriteriaSet, replaceVersionDocument, storedDocument } from './store.ts';
