import type { LocalizedText } from '../model/text.ts';
import type { ProblemCode } from './catalogue.ts';

/**
 * How one problem is worded: a Vietnamese and an English sentence from the same typed params, so a
 * number or a date is written once and shown the way each language writes it.
 */
export interface Template<P = void> {
  vi: (params: P) => string;
  en: (params: P) => string;
}

/** Lets TypeScript infer a template's params from the Vietnamese wording's argument. */
export const words = <P = void>(vi: (params: P) => string, en: (params: P) => string): Template<P> => ({
  vi,
  en,
});

/** Something a person did wrong, named by a stable code and worded in both languages. */
export interface Problem<C extends string = ProblemCode> {
  code: C;
  /** The part of the value or node at fault ("numerator", "rule.steps[1].points"), when not all of it. */
  field?: string;
  messages: LocalizedText;
}
