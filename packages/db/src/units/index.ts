export { matchesSearch, searchName } from '@chiso/scoring';
export * from './catalogue.ts';
export * from './import.ts';
export * from './lineage.ts';
