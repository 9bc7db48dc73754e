import type { z } from 'zod';
import { toHundredths } from '../decimal.ts';
import { type Problem, problem, problemOfZodIssue } from '../problems/index.ts';
import { ruleIssues } from '../rules/index.ts';
import { type Category, CriteriaSet, type Criterion, type Indicator } from './criteria-set.ts';
import type { Rule } from './rules.ts';
import type { Locale } from './text.ts';
import { childrenOf, type SetNode, walkSet } from './walk.ts';

/**
 * One thing wrong with a criteria set, named by the node it concerns ("SS/SS.HT/SS.03"); its field
 * is the part of the node, when there is one: "rule.steps[1].points".
 */
export type SetIssue = Problem & {
  /** Node path by codes, or "(set)" for the set itself. */
  path: string;
};

export type SetValidation = { ok: true; set: CriteriaSet } | { ok: false; issues: SetIssue[] };

/** Parses and checks a criteria-set document: its shape (zod), then the rules that span nodes. */
export function validateCriteriaSet(document: unknown): SetValidation {
  const parsed = CriteriaSet.safeParse(document);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => locateIssue(document, issue)) };
  }
  const issues = checkSemantics(parsed.data);
  return issues.length === 0 ? { ok: true, set: parsed.data } : { ok: false, issues };
}

/** Like `validateCriteriaSet`, throwing a `CriteriaSetError` that lists every issue. */
export function parseCriteriaSet(document: unknown): CriteriaSet {
  const result = validateCriteriaSet(document);
  if (!result.ok) throw new CriteriaSetError(result.issues);
  return result.set;
}

export class CriteriaSetError extends Error {
  constructor(readonly issues: SetIssue[]) {
    super(`criteria set is invalid:\n${issues.map((issue) => formatIssue(issue)).join('\n')}`);
    this.name = 'CriteriaSetError';
  }
}

export function formatIssue(issue: SetIssue, locale: Locale = 'en'): string {
  return `${issue.path}${issue.field ? ` › ${issue.field}` : ''}: ${issue.messages[locale]}`;
}

const NODE_LISTS = new Set(['categories', 'groups', 'criteria', 'indicators']);

/** Turns zod's array-index path into the codes a person sees in the file. */
function locateIssue(document: unknown, issue: z.core.$ZodIssue): SetIssue {
  const codes: string[] = [];
  const field: string[] = [];
  let current: unknown = document;
  for (let i = 0; i < issue.path.length; i++) {
    const key = issue.path[i];
    const next = issue.path[i + 1];
    if (typeof key === 'string' && NODE_LISTS.has(key) && typeof next === 'number' && field.length === 0) {
      const item = (current as Record<string, unknown[]> | undefined)?.[key]?.[next];
      const code = (item as { code?: unknown } | undefined)?.code;
      codes.push(typeof code === 'string' ? code : `${key}[${next}]`);
      current = item;
      i++;
      continue;
    }
    field.push(typeof key === 'number' ? `[${key}]` : `${field.length ? '.' : ''}${String(key)}`);
    current = (current as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
  }
  const { code, messages } = problemOfZodIssue(issue);
  const located: SetIssue = { path: codes.length ? codes.join('/') : '(set)', code, messages };
  if (field.length) located.field = field.join('');
  return located;
}

function checkSemantics(set: CriteriaSet): SetIssue[] {
  const issues: SetIssue[] = [];
  const report: Report = (path, found) => issues.push({ path, ...found });

  const seen = new Map<string, string>();
  for (const { node, kind, path } of walkSet(set)) {
    const earlier = seen.get(node.code);
    if (earlier) report(path, problem('NODE_CODE_DUPLICATE', { code: node.code, earlier }, 'code'));
    else seen.set(node.code, path);

    const children = childrenOf(node);
    if (children.length > 0) checkSum(node, children, path, report);
    if (kind === 'criterion') checkCriterion(node as Criterion, path, report);
    if (kind === 'indicator') checkRule((node as Indicator).rule, node.maxPoints, path, report);
    if (kind === 'category') checkLevels(node as Category, path, report);
  }
  const total = set.categories.reduce((sum, category) => sum + weighted(category), 0);
  if (total !== toHundredths(set.maxPoints)) {
    report(
      '(set)',
      problem('CATEGORIES_SUM_MISMATCH', { maxPoints: set.maxPoints, sum: total / 100 }, 'maxPoints'),
    );
  }
  checkBands(set, report);
  return issues;
}

type Report = (path: string, found: Problem) => void;

/** A node's maximum where it counts towards its parent, in hundredths. */
export function weighted(node: SetNode): number {
  return Math.round(toHundredths(node.maxPoints) * (node.weight ?? 1));
}

function checkSum(node: SetNode, children: readonly SetNode[], path: string, report: Report) {
  const sum = children.reduce((total, child) => total + weighted(child), 0);
  if (sum !== toHundredths(node.maxPoints)) {
    report(
      path,
      problem('CHILDREN_SUM_MISMATCH', { maxPoints: node.maxPoints, sum: sum / 100 }, 'maxPoints'),
    );
  }
}

function checkCriterion(criterion: Criterion, path: string, report: Report) {
  const hasIndicators = criterion.indicators !== undefined;
  if (hasIndicators && criterion.rule)
    report(path, problem('CRITERION_RULE_AND_INDICATORS', undefined, 'rule'));
  if (!hasIndicators && !criterion.rule) report(path, problem('CRITERION_NO_RULE', undefined, 'rule'));
  if (criterion.rule && !criterion.evidence)
    report(path, problem('CRITERION_NO_EVIDENCE', undefined, 'evidence'));
  if (criterion.rule) checkRule(criterion.rule, criterion.maxPoints, path, report);
}

function checkRule(rule: Rule, maxPoints: number, path: string, report: Report) {
  for (const issue of ruleIssues(rule, toHundredths(maxPoints))) report(path, issue);
}

function checkLevels(category: Category, path: string, report: Report) {
  const groups = new Map(category.groups.map((group) => [group.code, group]));
  let previous = 0;
  category.levels.forEach((level, levelIndex) => {
    if (level.level <= previous) {
      report(path, problem('LEVELS_NOT_ASCENDING', { level: level.level }, `levels[${levelIndex}].level`));
    }
    previous = level.level;
    level.conditions.forEach((condition, conditionIndex) => {
      const field = `levels[${levelIndex}].conditions[${conditionIndex}]`;
      const codes = condition.kind === 'combinedShare' ? condition.groups : [condition.group];
      for (const code of codes) {
        if (!groups.has(code))
          report(path, problem('LEVEL_UNKNOWN_GROUP', { level: level.level, group: code }, field));
      }
      const group = condition.kind === 'groupPoints' ? groups.get(condition.group) : undefined;
      if (
        group &&
        condition.kind === 'groupPoints' &&
        toHundredths(condition.min) > toHundredths(group.maxPoints)
      ) {
        const params = {
          level: level.level,
          min: condition.min,
          group: group.code,
          groupMax: group.maxPoints,
        };
        report(path, problem('LEVEL_GROUP_POINTS_UNREACHABLE', params, field));
      }
    });
  });
}

function checkBands(set: CriteriaSet, report: Report) {
  const bands = set.bands ?? [];
  const mins = new Set<number>();
  bands.forEach((band, index) => {
    if (mins.has(band.min))
      report('(set)', problem('BANDS_DUPLICATE_START', { min: band.min }, `bands[${index}].min`));
    mins.add(band.min);
  });
  if (bands.length > 0 && !mins.has(0)) report('(set)', problem('BANDS_NO_ZERO', undefined, 'bands'));
}
