export * from './criteria-set.ts';
export * from './levels.ts';
export * from './points.ts';
export * from './rules.ts';
export * from './text.ts';
export * from './typed-input.ts';
export * from './validate.ts';
export * from './walk.ts';
