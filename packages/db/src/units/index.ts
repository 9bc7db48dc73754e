export { matchesSearch, searchName } from '@chiso/scoring';
export * from './catalogue.ts';
export * from './import.ts';
export * from './lineage.ts';
export { sharedUnitsFolder, sourceFiles, sourceProvinces, type UnitSource, unitSources } from './sources.ts';
export * from './steps.ts';
