import type { Prisma, Tx } from '@chiso/db';
import { CodeMappings, type MappingIssue, mappingIssues, problem } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import {
  conflict,
  type FieldIssue,
  invalidTransition,
  issueAt,
  notFound,
  validationFailed,
} from '../../errors.ts';
import { loadDraft, VERSION } from './access.ts';

/** setCriteriaCodeMapping's input besides the two versions' ids. */
export const SetCriteriaCodeMappingInput = z.object({
  revision: z.number().int().nonnegative(),
  codes: z
    .array(z.object({ from: z.string().trim().min(1), to: z.string().trim().min(1).nullish() }))
    .max(2000),
});
export type SetCodeMappingInput = z.output<typeof SetCriteriaCodeMappingInput> & {
  versionId: string;
  fromVersionId: string;
};

/** The mappings a version keeps (an unreadable value counts as none: comparisons then match by code). */
export function storedMappings(value: unknown): CodeMappings {
  const parsed = CodeMappings.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

/**
 * Records, on a draft, how an older published version's codes correspond to the draft's
 * (renamed, merged or dropped criteria), so periods scored on the two can be compared. Replaces the
 * mapping from that version; an empty list removes it. Published versions never change, so the
 * mapping is set before publishing.
 */
export async function setCriteriaCodeMapping(context: Context, input: SetCodeMappingInput) {
  const { versionId, revision, fromVersionId, codes } = input;
  return context.db.$transaction(async (tx) => {
    const version = await loadDraft(tx, versionId, context.viewer);
    if (version.revision !== revision) throw conflict(VERSION);
    const from = await tx.criteriaVersion.findUnique({ where: { id: fromVersionId } });
    if (!from) throw notFound({ vi: 'phiên bản cũ để đối chiếu', en: 'the older version to map from' });
    if (from.status !== 'PUBLISHED' || from.id === version.id) {
      throw invalidTransition({
        vi: 'Chỉ đối chiếu mã từ một phiên bản khác đã công bố (các kỳ đánh giá chỉ dùng phiên bản đã công bố).',
        en: 'Codes can be mapped only from another, published version (periods use published versions only).',
      });
    }
    const entries = Object.fromEntries(codes.map((entry) => [entry.from, entry.to ?? null]));
    const issues = [
      ...duplicates(codes.map((entry) => entry.from)),
      ...mappingIssues(
        codes.map((entry) => [entry.from, entry.to ?? null] as const),
        await nodesOf(tx, from.id),
        await nodesOf(tx, version.id),
      ).map(describe),
    ];
    if (issues.length > 0) {
      throw validationFailed(issues, {
        vi: `Bảng đối chiếu mã có ${issues.length} lỗi: ${issues.map((issue) => issue.messages.vi).join('; ')}`,
        en: `The code mapping has ${issues.length} problem(s): ${issues.map((issue) => issue.messages.en).join('; ')}`,
      });
    }
    const before = storedMappings(version.codeMapping);
    const after = [
      ...before.filter((mapping) => mapping.fromVersionId !== fromVersionId),
      ...(codes.length > 0 ? [{ fromVersionId, codes: entries }] : []),
    ];
    const { count } = await tx.criteriaVersion.updateMany({
      where: { id: versionId, revision, status: 'DRAFT' },
      data: { codeMapping: after as Prisma.InputJsonValue, revision: { increment: 1 } },
    });
    if (count === 0) throw conflict(VERSION);
    const written = await tx.criteriaVersion.findUniqueOrThrow({ where: { id: versionId } });
    await audit(tx, context, {
      action: 'criteriaVersion.mapCodes',
      entityType: 'CriteriaVersion',
      entityId: versionId,
      before: { revision, codeMapping: before },
      after: { revision: written.revision, codeMapping: after },
    });
    return written;
  });
}

/** Mapping entries the draft's current nodes no longer satisfy (a node removed or changed kind since). */
export async function staleMappingIssues(tx: Tx, version: { id: string; codeMapping: unknown }) {
  const issues = [];
  const own = await nodesOf(tx, version.id);
  for (const mapping of storedMappings(version.codeMapping)) {
    const found = mappingIssues(Object.entries(mapping.codes), await nodesOf(tx, mapping.fromVersionId), own);
    issues.push(...found.map(describe));
  }
  return issues;
}

function nodesOf(tx: Tx, versionId: string) {
  return tx.criteriaNode.findMany({ where: { versionId }, select: { code: true, kind: true } });
}

function describe(issue: MappingIssue): FieldIssue {
  const path = `codes.${issue.side}.${issue.code}`;
  const { code } = issue;
  if (issue.problem === 'kind') return issueAt(path, problem('MAPPING_KIND_DIFFERS', { code }));
  return issueAt(
    path,
    problem(issue.side === 'from' ? 'MAPPING_UNKNOWN_FROM' : 'MAPPING_UNKNOWN_TO', { code }),
  );
}

function duplicates(codes: readonly string[]) {
  const seen = new Set<string>();
  return codes.flatMap((code) => {
    if (!seen.has(code)) {
      seen.add(code);
      return [];
    }
    return [issueAt(`codes.from.${code}`, problem('MAPPING_DUPLICATE', { code }))];
  });
}
