import { z } from 'zod';
import { RULE_KIND_MODULES } from '../rules/registry.ts';

// The registry's tuple of modules as a tuple of their models, so the union keeps each kind's type.
type ModelsOf<T extends readonly unknown[]> = {
  -readonly [I in keyof T]: T[I] extends { model: infer S } ? S : never;
};
type Models = ModelsOf<typeof RULE_KIND_MODULES>;

/**
 * How a criterion (or indicator) turns what a unit reports into points. Each kind is data, checked
 * by zod; nothing in a criteria file is ever evaluated as code. The models live in the kinds' own
 * modules (`rules/<kind>.ts`); this union is built from their registry, not restated here.
 */
export const Rule = z.discriminatedUnion(
  'kind',
  RULE_KIND_MODULES.map((module) => module.model) as unknown as Models,
);
export type Rule = z.infer<typeof Rule>;
export type RuleKind = Rule['kind'];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;
export const RULE_KINDS = RULE_KIND_MODULES.map((module) => module.kind) as RuleKind[];
