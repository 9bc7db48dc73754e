export { criteriaDir, findCriteriaFiles } from './files.ts';
export { type LoadedSet, loadCriteriaSet, loadCriteriaSets } from './load.ts';
export { type CriteriaFile, checkAcrossFiles, readCriteriaFile } from './read.ts';
export { schemaFile, schemaText } from './schema.ts';
