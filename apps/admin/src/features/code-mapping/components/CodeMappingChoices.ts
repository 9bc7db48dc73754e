import type { AppError } from '../../../graphql/errors.ts';
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

type MappingProblem = 'unknownFrom' | 'unknownTo' | 'kind' | 'duplicate' | 'invalid';

export interface RowIssue {
  problem: MappingProblem;
  /** The code the issue names: the old code, or for unknownTo the draft code chosen. */
  code: string;
  /** The server's own wording (English), kept for what the console has no words for. */
  detail: string;
}

/**
 * A VALIDATION_FAILED answer by the old code of the row it concerns. The server names rows by code
 * ("codes.from.SS.01", "codes.to.SS.09") or, for input refused before checking, by position in the
 * list sent ("codes.2.to"). What matches no row is returned apart, for the banner.
 */
export function issuesByRow(error: AppError | string | null, sent: readonly MappingEntry[]) {
  const byRow = new Map<string, RowIssue[]>();
  const unplaced: string[] = [];
  if (!error || typeof error === 'string' || error.code !== 'VALIDATION_FAILED') return { byRow, unplaced };
  const add = (from: string, issue: RowIssue) => byRow.set(from, [...(byRow.get(from) ?? []), issue]);
  for (const { path, message } of error.issues ?? []) {
    const side = /^codes\.(from|to)\.(.+)$/.exec(path);
    const index = /^codes\.(\d+)(?:\.|$)/.exec(path);
    if (side?.[1] === 'from' && side[2]) {
      const code = side[2];
      add(code, {
        problem: /more than once/.test(message) ? 'duplicate' : 'unknownFrom',
        code,
        detail: message,
      });
    } else if (side?.[2] && /another kind/.test(message)) {
      // A kind mismatch is reported under the old code whose target does not fit.
      add(side[2], { problem: 'kind', code: side[2], detail: message });
    } else if (side?.[2]) {
      const code = side[2];
      const rows = sent.filter((entry) => entry.to === code);
      for (const entry of rows) add(entry.from, { problem: 'unknownTo', code, detail: message });
      if (rows.length === 0) unplaced.push(message);
    } else if (index?.[1] && sent[Number(index[1])]) {
      const from = sent[Number(index[1])]?.from ?? '';
      add(from, { problem: 'invalid', code: from, detail: message });
    } else unplaced.push(message);
  }
  return { byRow, unplaced };
}
