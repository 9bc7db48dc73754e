import { CriteriaSet, type Locale, type LocalizedText, type RuleKind } from '@chiso/scoring';
import { type AppError, type Issue, issueText } from '../../../graphql/errors.ts';
import { fromRuleDraft, starterRuleDraft } from '../../../rule-kinds/draft.ts';
import type { CriteriaIssue } from '../operations.ts';

export type EditorKind = 'category' | 'group' | 'criterion' | 'indicator';

/** What each kind holds, and under which list of the document. */
export const CHILDREN: Record<EditorKind | 'set', { kind: EditorKind; list: string } | null> = {
  set: { kind: 'category', list: 'categories' },
  category: { kind: 'group', list: 'groups' },
  group: { kind: 'criterion', list: 'criteria' },
  criterion: { kind: 'indicator', list: 'indicators' },
  indicator: null,
};

/** The server's validation by the node it concerns (the last code of its path); "(set)" apart. */
export function issuesByNode(validation: readonly CriteriaIssue[] | null | undefined) {
  const byCode = new Map<string, CriteriaIssue[]>();
  const ofSet: CriteriaIssue[] = [];
  for (const issue of validation ?? []) {
    const code = issue.path === '(set)' ? null : issue.path.split('/').at(-1);
    if (!code) ofSet.push(issue);
    else byCode.set(code, [...(byCode.get(code) ?? []), issue]);
  }
  return { byCode, ofSet };
}

/** Form fields a server issue can name: "patch.maxPoints", or "maxPoints: …" / "rule.steps[1].min: …". */
const FIELDS = new Set([
  'code',
  'name',
  'nameEn',
  'maxPoints',
  'number',
  'weight',
  'rule',
  'evidence',
  'levels',
]);

/** A criteria issue's field leads its message in both languages ("maxPoints: …", "rule.steps[1].min: …"). */
const FIELD_PREFIX = /^([A-Za-z]+)(?:[.[][^:]*)?: /;

function fieldOf(issue: Issue): string | null {
  const input = /^(?:patch|node)\.([A-Za-z]+)/.exec(issue.path);
  if (input?.[1] && FIELDS.has(input[1])) return input[1];
  const prefixed = FIELD_PREFIX.exec(issue.messages.en);
  if (prefixed?.[1] && FIELDS.has(prefixed[1])) return prefixed[1];
  if (issue.path === 'levels' || issue.path.startsWith('levels.')) return 'levels';
  return null;
}

/**
 * A failed edit as messages per form field, each in the console's language as the server worded it
 * (the field's own name, which the field already shows, left out). What names no field (and every
 * CONFLICT) is left for the form's banner.
 */
export function fieldErrors(error: AppError | string | null, locale: Locale): Record<string, string> {
  if (!error || typeof error === 'string' || error.code === 'CONFLICT') return {};
  const byField: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const field = fieldOf(issue);
    if (!field) continue;
    const text = issueText(issue, locale).replace(`${field}: `, (prefix, at) => (at === 0 ? '' : prefix));
    byField[field] = byField[field] ? `${byField[field]}; ${text}` : text;
  }
  return byField;
}

/** Whether the form's banner must say it: no field shows it. */
export function needsBanner(error: AppError | string | null, locale: Locale): boolean {
  return error !== null && Object.keys(fieldErrors(error, locale)).length === 0;
}

export interface NewNodeInput {
  code: string;
  name: LocalizedText;
  maxPoints: number;
  ruleKind: RuleKind;
}

/** A rule of the kind that already parses, worded after the node, for the person to refine. */
export function starterRule(kind: RuleKind, name: LocalizedText, maxPoints: number) {
  // The draft is only the way to the rule here: it reads back in the language it was written in.
  return fromRuleDraft(starterRuleDraft(kind, name, maxPoints, 'vi'), 'vi');
}

/**
 * A node that parses as it is added: a group starts with one criterion and a category with one
 * group (the model needs at least one child), each named after it, for the person to edit.
 */
export function newNode(kind: EditorKind, input: NewNodeInput): Record<string, unknown> {
  const { code, name, maxPoints, ruleKind } = input;
  const base = { code, name, maxPoints };
  const child = (suffix: string) => ({
    code: `${code}.${suffix}`,
    name: { vi: `${name.vi} (1)`, en: `${name.en} (1)` },
    maxPoints,
    ruleKind,
  });
  switch (kind) {
    case 'indicator':
    case 'criterion':
      return { ...base, rule: starterRule(ruleKind, name, maxPoints), evidence: { required: false } };
    case 'group':
      return { ...base, criteria: [newNode('criterion', child('01'))] };
    case 'category':
      return { ...base, groups: [newNode('group', child('G1'))], levels: [] };
  }
}

type Node = Record<string, unknown> & { code: string };

/** The node with this code anywhere in a document (or undefined). */
function findNode(document: unknown, code: string): Node | undefined {
  const visit = (list: unknown): Node | undefined => {
    if (!Array.isArray(list)) return undefined;
    for (const node of list as Node[]) {
      if (node.code === code) return node;
      const found = visit(node.groups) ?? visit(node.criteria) ?? visit(node.indicators);
      if (found) return found;
    }
    return undefined;
  };
  return visit((document as { categories?: unknown } | null)?.categories);
}

/** The document with one node's unsaved fields applied, so the preview follows what is typed. */
export function withPending(document: unknown, code: string, fields: Record<string, unknown>): unknown {
  const copy = structuredClone(document);
  const node = findNode(copy, code);
  if (node) Object.assign(node, fields);
  return copy;
}

/** The set as the scorer reads it, or null while it does not parse. */
export function previewable(document: unknown): CriteriaSet | null {
  const parsed = CriteriaSet.safeParse(document);
  return parsed.success ? parsed.data : null;
}
