import type { Locale } from '@chiso/scoring';
import { type AppError, issueText } from '../../../graphql/errors.ts';
import type { MappingEntry, MappingNode, StoredMapping } from '../operations.ts';

/**
 * What the admin has picked for one old code. `choice` is a draft code, NO_COUNTERPART, or
 * UNDECIDED (not sent: the old node then counts as removed in comparisons, as any code the draft lacks).
 */
export interface MappingRow {
  key: string;
  from: string;
  choice: string;
  /** Added by hand for an old code the draft still has (a merge), rather than one it lacks. */
  extra: boolean;
}

export const UNDECIDED = '';
export const NO_COUNTERPART = '∅';

/** The older version's nodes with no node of the same code in the draft: each needs a decision. */
function missingFromDraft(older: readonly MappingNode[], draft: readonly MappingNode[]) {
  const kept = new Set(draft.map((node) => node.code));
  return older.filter((node) => !kept.has(node.code));
}

const choiceOf = (to: string | null) => (to === null ? NO_COUNTERPART : to);

/** The rows as the stored mapping leaves them: every missing code, then the stored entries for others. */
export function initialRows(
  older: readonly MappingNode[],
  draft: readonly MappingNode[],
  stored: StoredMapping | undefined,
): MappingRow[] {
  const saved = new Map((stored?.entries ?? []).map((entry) => [entry.from, entry.to]));
  const missing = missingFromDraft(older, draft).map((node) => node.code);
  const needed = new Set(missing);
  return [
    ...missing.map((from) => ({
      key: `missing-${from}`,
      from,
      choice: saved.has(from) ? choiceOf(saved.get(from) ?? null) : UNDECIDED,
      extra: false,
    })),
    ...[...saved]
      .filter(([from]) => !needed.has(from))
      .map(([from, to]) => ({ key: `stored-${from}`, from, choice: choiceOf(to), extra: true })),
  ];
}

/** What is sent: every row with an old code and a decision, in the order shown. */
export function entriesOf(rows: readonly MappingRow[]): MappingEntry[] {
  return rows
    .filter((row) => row.from !== '' && row.choice !== UNDECIDED)
    .map((row) => ({ from: row.from, to: row.choice === NO_COUNTERPART ? null : row.choice }));
}

/** A draft node answers for an old one of the same kind only (a criterion for a criterion). */
export function targetsFor(old: MappingNode | undefined, draft: readonly MappingNode[]) {
  return old ? draft.filter((node) => node.kind === old.kind) : [...draft];
}

/**
 * Draft nodes nothing of the older version will correspond to: neither an entry's target, nor an
 * old code left unlisted that the draft still has (unlisted codes correspond to the same code).
 */
export function newNodes(
  older: readonly MappingNode[],
  draft: readonly MappingNode[],
  entries: readonly MappingEntry[],
) {
  const listed = new Set(entries.map((entry) => entry.from));
  const reached = new Set(entries.flatMap((entry) => (entry.to === null ? [] : [entry.to])));
  for (const node of older) if (!listed.has(node.code)) reached.add(node.code);
  return draft.filter((node) => !reached.has(node.code));
}

/**
 * A VALIDATION_FAILED answer by the old code of the row it concerns, each message in the console's
 * language. The server names rows by code ("codes.from.SS.01", "codes.to.SS.09") or, for input
 * refused before checking, by position in the list sent ("codes.2.to"); a draft code is placed on
 * the rows that chose it. What matches no row is returned apart, for the banner.
 */
export function issuesByRow(error: AppError | string | null, sent: readonly MappingEntry[], locale: Locale) {
  const byRow = new Map<string, string[]>();
  const unplaced: string[] = [];
  if (!error || typeof error === 'string' || error.code !== 'VALIDATION_FAILED') return { byRow, unplaced };
  const add = (from: string, text: string) => byRow.set(from, [...(byRow.get(from) ?? []), text]);
  for (const issue of error.issues ?? []) {
    const text = issueText(issue, locale);
    const named = /^codes\.(?:from|to)\.(.+)$/.exec(issue.path)?.[1];
    const index = /^codes\.(\d+)(?:\.|$)/.exec(issue.path)?.[1];
    if (named && issue.code === 'MAPPING_UNKNOWN_TO') {
      const rows = sent.filter((entry) => entry.to === named);
      for (const entry of rows) add(entry.from, text);
      if (rows.length === 0) unplaced.push(text);
    } else if (named) add(named, text);
    else if (index !== undefined && sent[Number(index)]) add(sent[Number(index)]?.from ?? '', text);
    else unplaced.push(text);
  }
  return { byRow, unplaced };
}
