import { z } from 'zod';

/**
 * How the nodes of an older criteria version correspond to a newer one, kept with the newer
 * version: `codes` sends an old code to its new code, or to null when it has no counterpart.
 * Codes not listed correspond to the same code, when the newer version has it.
 */
export const CodeMapping = z.object({
  fromVersionId: z.string().min(1),
  codes: z.record(z.string().min(1), z.string().min(1).nullable()),
});
export type CodeMapping = z.infer<typeof CodeMapping>;

/** A version keeps one mapping per older version it may be compared with. */
export const CodeMappings = z.array(CodeMapping);
export type CodeMappings = z.infer<typeof CodeMappings>;

/** A node as far as mapping goes: its code and its kind (however the caller spells kinds). */
export interface MappedNode {
  code: string;
  kind: string;
}

export interface NodeCorrespondence {
  /** Each newer code with the older codes whose points it carries (empty: no counterpart). */
  sources: Map<string, string[]>;
  /** Older nodes with no counterpart in the newer version: listed, never dropped silently. */
  unmappedBefore: string[];
  /** Newer nodes with no counterpart in the older version. */
  unmappedAfter: string[];
  /** Newer codes whose sources are not just the same code (renamed, merged or re-numbered). */
  remapped: string[];
}

/**
 * Matches an older version's nodes to a newer one's through `codes` (see CodeMapping). Several old
 * criteria may go into one new one — its past is then their sum; an entry pointing at a node the
 * newer version no longer has, or of another kind, counts as unmapped.
 */
export function correspondNodes(
  before: readonly MappedNode[],
  after: readonly MappedNode[],
  codes: CodeMapping['codes'] = {},
): NodeCorrespondence {
  const newer = new Map(after.map((node) => [node.code, node]));
  const sources = new Map(after.map((node) => [node.code, [] as string[]]));
  const unmappedBefore: string[] = [];
  for (const node of before) {
    const target = Object.hasOwn(codes, node.code) ? codes[node.code] : node.code;
    const found = target ? newer.get(target) : undefined;
    if (found && found.kind === node.kind) sources.get(found.code)?.push(node.code);
    else unmappedBefore.push(node.code);
  }
  const unmappedAfter = after.filter((node) => sources.get(node.code)?.length === 0).map((n) => n.code);
  const remapped = after
    .filter((node) => {
      const from = sources.get(node.code) ?? [];
      return from.length > 0 && !(from.length === 1 && from[0] === node.code);
    })
    .map((node) => node.code);
  return { sources, unmappedBefore, unmappedAfter, remapped };
}

export interface MappingIssue {
  code: string;
  side: 'from' | 'to';
  problem: 'unknown' | 'kind';
}

/** What is wrong with a mapping between two versions: unknown codes, or nodes of different kinds. */
export function mappingIssues(
  entries: ReadonlyArray<readonly [from: string, to: string | null]>,
  before: readonly MappedNode[],
  after: readonly MappedNode[],
): MappingIssue[] {
  const older = new Map(before.map((node) => [node.code, node]));
  const newer = new Map(after.map((node) => [node.code, node]));
  const issues: MappingIssue[] = [];
  for (const [from, to] of entries) {
    const source = older.get(from);
    if (!source) issues.push({ code: from, side: 'from', problem: 'unknown' });
    if (to === null) continue;
    const target = newer.get(to);
    if (!target) issues.push({ code: to, side: 'to', problem: 'unknown' });
    else if (source && source.kind !== target.kind) issues.push({ code: from, side: 'to', problem: 'kind' });
  }
  return issues;
}
