import { existsSync } from 'node:fs';
import { loadCriteriaSet, readCriteriaFile } from '@chiso/criteria';
import {
  type CriteriaSet,
  formatIssue,
  formatPercent,
  formatPoints,
  type Inputs,
  type Locale,
  rankResults,
  score,
  scoreCohort,
} from '@chiso/scoring';
import { z } from 'zod';
import { type Output, pad, readJson, userPath } from '../io.ts';
import { levelsSummary, printResult } from '../print-result.ts';

const InputsSchema = z.record(z.string(), z.unknown()) as unknown as z.ZodType<Inputs>;
const Cohort = z.object({
  units: z.array(
    z.object({
      unitId: z.string(),
      name: z.string().optional(),
      unitKind: z.string().optional(),
      inputs: InputsSchema,
    }),
  ),
});
const Unit = z.object({
  unitKind: z.string().optional(),
  cohortBest: z.record(z.string(), z.number()).optional(),
  inputs: InputsSchema,
});

/** A cohort when it has `units`, one unit with options when it has `inputs`, else the inputs themselves. */
function parseInputsFile(json: unknown): z.infer<typeof Cohort> | z.infer<typeof Unit> {
  if (typeof json === 'object' && json !== null && 'units' in json) return Cohort.parse(json);
  if (typeof json === 'object' && json !== null && 'inputs' in json) return Unit.parse(json);
  return { inputs: InputsSchema.parse(json) };
}

export interface ScoreFlags {
  locale: Locale;
  json: boolean;
  depth: number;
}

/**
 * `chiso score <set> <inputs.json>`: <set> is a YAML file or the code of a set in criteria/; the
 * inputs are one unit's values by code, `{ inputs, unitKind?, cohortBest? }`, or a cohort `{ units: […] }`.
 */
export function scoreCommand(args: readonly string[], flags: ScoreFlags, out: Output): number {
  const [setArg, inputsArg] = args;
  if (!setArg || !inputsArg || args.length !== 2) {
    out.line('usage: chiso score <set.yaml | set code> <inputs.json> [--lang vi|en] [--depth 1-4] [--json]');
    return 2;
  }
  const set = loadSet(setArg, out);
  if (!set) return 1;
  let parsed: ReturnType<typeof parseInputsFile>;
  try {
    parsed = parseInputsFile(readJson(inputsArg));
  } catch (error) {
    out.line(
      error instanceof z.ZodError ? `${inputsArg}: ${z.prettifyError(error)}` : (error as Error).message,
    );
    return 1;
  }
  if ('units' in parsed) return printCohort(set, parsed.units, flags, out);
  const single = parsed;
  const result = score(set, single.inputs, {
    ...(single.unitKind ? { unitKind: single.unitKind } : {}),
    ...(single.cohortBest ? { cohortBest: single.cohortBest } : {}),
  });
  if (flags.json) out.line(JSON.stringify(result, null, 2));
  else {
    out.line(`${set.code} ${set.version} — ${set.name[flags.locale]}`);
    printResult(result, out, flags.locale, flags.depth);
  }
  return 0;
}

type Member = {
  unitId: string;
  name?: string | undefined;
  unitKind?: string | undefined;
  inputs: Inputs;
};

/** A cohort: scored together (share-of-best criteria), ranked, one line per unit. */
export function printCohort(
  set: CriteriaSet,
  members: readonly Member[],
  flags: ScoreFlags,
  out: Output,
): number {
  const results = scoreCohort(
    set,
    members.map((member) =>
      member.unitKind
        ? { unitId: member.unitId, inputs: member.inputs, unitKind: member.unitKind }
        : { unitId: member.unitId, inputs: member.inputs },
    ),
  );
  // As the method ranks: only units ranked in every category get a place; the others follow.
  const ranked = rankResults(results, (result) => result);
  const places = ranked
    .filter((entry) => entry.rank !== null)
    .sort((a, b) => (a.rank as number) - (b.rank as number));
  const unranked = ranked
    .filter((entry) => entry.rank === null)
    .sort((a, b) => b.item.index - a.item.index || b.item.points - a.item.points);
  if (flags.json) {
    out.line(
      JSON.stringify(
        [...places, ...unranked].map(({ item, rank, categories }) => ({
          rank,
          categoryRanks: Object.fromEntries(categories),
          ...item,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  const names = new Map(members.map((member) => [member.unitId, member.name ?? member.unitId]));
  const line = (item: (typeof results)[number], place: string) =>
    out.line(
      [
        pad(place, 3, 'right'),
        pad(names.get(item.unitId) ?? item.unitId, 28),
        pad(formatPoints(item.points, flags.locale), 8, 'right'),
        pad(formatPercent(item.index, flags.locale), 8, 'right'),
        levelsSummary(item, flags.locale),
      ].join('  '),
    );
  out.line(`${set.code} ${set.version} — ${set.name[flags.locale]}`);
  for (const { item, rank } of places) line(item, String(rank));
  if (unranked.length > 0) {
    out.line(
      flags.locale === 'vi'
        ? 'Không xếp hạng chung (không được xếp hạng đủ các hạng mục):'
        : 'Not ranked overall (not ranked in every category):',
    );
    for (const { item } of unranked) line(item, '—');
  }
  return 0;
}

function loadSet(arg: string, out: Output): CriteriaSet | undefined {
  if (existsSync(userPath(arg))) {
    const file = readCriteriaFile(userPath(arg));
    if (file.ok) return file.set;
    for (const issue of file.issues) out.line(`${arg}: ${formatIssue(issue)}`);
    return undefined;
  }
  try {
    return loadCriteriaSet(arg);
  } catch (error) {
    out.line((error as Error).message);
    return undefined;
  }
}
