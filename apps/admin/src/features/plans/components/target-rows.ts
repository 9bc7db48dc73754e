import { inputFigure, type Locale } from '@chiso/scoring';
import { numberText, parseNumber } from '../../../lib/numbers.ts';
import type { PlanCriterion, PlanTarget } from '../operations.ts';

/** One target as the form holds it: numbers as typed, in the reader's convention. */
export interface TargetRow {
  key: string;
  /** `setCode/nodeCode` of the chosen criterion, "" before one is chosen. */
  criterion: string;
  targetPoints: string;
  targetValue: string;
  owner: string;
  dueOn: string;
  note: string;
}

export const criterionKey = (criterion: { set: { code: string }; code: string }) =>
  `${criterion.set.code}/${'nodeCode' in criterion ? criterion.nodeCode : criterion.code}`;

let nextKey = 0;
const newRowKey = () => `row-${++nextKey}`;

/** The saved targets as rows. */
export function rowsOf(targets: readonly PlanTarget[], locale: Locale): TargetRow[] {
  return targets.map((target) => ({
    key: target.id,
    criterion: `${target.set.code}/${target.nodeCode}`,
    targetPoints: numberText(target.targetPoints, locale),
    targetValue: target.targetValue === null ? '' : numberText(target.targetValue, locale),
    owner: target.owner,
    dueOn: target.dueOn ?? '',
    note: target.note ?? '',
  }));
}

type RowProblem = 'criterionRequired' | 'numberUnreadable' | 'pointsRequired';

interface TargetInput {
  setCode: string;
  nodeCode: string;
  targetPoints: number;
  targetValue: number | null;
  owner: string;
  dueOn: string | null;
  note: string | null;
}

/**
 * The rows as the API takes them, or what the person must fix first, by row and field (a number
 * that does not read in their convention is asked about, never guessed). The server checks the rest.
 */
export function targetsOf(rows: readonly TargetRow[], locale: Locale) {
  const problems: Record<string, RowProblem> = {};
  const targets: TargetInput[] = [];
  rows.forEach((row, index) => {
    const at = (field: string) => `targets.${index}.${field}`;
    const [setCode = '', nodeCode = ''] = row.criterion.split('/');
    if (!nodeCode) problems[at('nodeCode')] = 'criterionRequired';
    const points = parseNumber(row.targetPoints, locale);
    if (points === null) problems[at('targetPoints')] = 'pointsRequired';
    else if (Number.isNaN(points)) problems[at('targetPoints')] = 'numberUnreadable';
    const value = parseNumber(row.targetValue, locale);
    if (value !== null && Number.isNaN(value)) problems[at('targetValue')] = 'numberUnreadable';
    targets.push({
      setCode,
      nodeCode,
      targetPoints: points ?? 0,
      targetValue: value,
      owner: row.owner,
      dueOn: row.dueOn || null,
      note: row.note.trim() || null,
    });
  });
  return { targets, problems };
}

/** A new row for `criterion`, aiming at its maximum. */
export function rowFor(criterion: PlanCriterion | undefined, locale: Locale): TargetRow {
  return {
    key: newRowKey(),
    criterion: criterion ? criterionKey(criterion) : '',
    targetPoints: criterion ? numberText(criterion.maxPoints, locale) : '',
    targetValue: '',
    owner: '',
    dueOn: '',
    note: '',
  };
}

/**
 * Rows for a path's steps, without the criteria the plan already names: each at the step's points, and
 * at the figure to report where the step names one (a ratio as a percentage).
 */
export function suggestedRows(
  setCode: string,
  steps: readonly { code: string; target: number; input?: unknown }[],
  rows: readonly TargetRow[],
  locale: Locale,
): TargetRow[] {
  const named = new Set(rows.map((row) => row.criterion));
  return steps
    .filter((step) => !named.has(`${setCode}/${step.code}`))
    .map((step) => {
      const figure = inputFigure(step.input);
      return {
        ...rowFor(undefined, locale),
        criterion: `${setCode}/${step.code}`,
        targetPoints: numberText(step.target, locale),
        targetValue: figure === null ? '' : numberText(figure, locale),
      };
    });
}
