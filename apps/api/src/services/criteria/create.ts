import type { Tx } from '@chiso/db';
import { importPreparedVersion, type PreparedCriteriaVersion, prepareCriteriaVersion } from '@chiso/db';
import type { SetIssue } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { assertOwnsProvince, onlyOne, provinceOf, setsInScope } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { AppError, invalidTransition, notFound } from '../../errors.ts';
import { runJob } from '../../workers/pool.ts';
import { VERSION } from './access.ts';
import { issuesOf, rememberIssues, storedSet } from './document.ts';
import { inTransaction } from './transaction.ts';

/** Criteria files are tens of kilobytes; a megabyte is far beyond any real set. */
// The largest real criteria file (2392, districts) is 129 KB.
const MAX_YAML_LENGTH = 512_000;

export const CreateCriteriaDraftFromYamlInput = z.object({ yaml: z.string().min(1).max(MAX_YAML_LENGTH) });
/** createCriteriaDraftFromVersion's input besides the source version's id. */
export const CreateCriteriaDraftFromVersionInput = z.object({ version: z.string().trim().min(1).max(50) });

/**
 * A new draft from a YAML document (a criteria file): a new set when its code is new. The file is read
 * and checked on a worker thread (hundreds of milliseconds for a real set), then stored here.
 */
export async function createCriteriaDraftFromYaml(context: Context, { yaml }: { yaml: string }) {
  const { prepared, issues } = await runJob('criteriaYaml', yaml, context.signal);
  return inTransaction(context, (tx) =>
    createDraft(tx, context, prepared, null, 'criteriaVersion.createFromYaml', issues),
  );
}

/** A new draft copied from an existing version, under a new version label. */
export async function createCriteriaDraftFromVersion(
  context: Context,
  { versionId, version }: { versionId: string; version: string },
) {
  return inTransaction(context, async (tx) => {
    const source = await tx.criteriaVersion.findUnique({ where: { id: versionId } });
    if (!source) throw notFound(VERSION);
    // Copies start from what was published, so a version's lineage never leads to a draft.
    if (source.status !== 'PUBLISHED') {
      throw invalidTransition({
        vi: `Phiên bản ${source.version} vẫn là bản nháp: hãy sửa trực tiếp hoặc công bố nó trước khi sao chép.`,
        en: `Version ${source.version} is still a draft: edit it directly, or publish it before copying it.`,
      });
    }
    const prepared = prepareCriteriaVersion({ ...storedSet(source.document), version });
    return createDraft(tx, context, prepared, source.id, 'criteriaVersion.createFromVersion');
  });
}

/** Stores a prepared draft; `issues` when they are known already (validated with the document). */
async function createDraft(
  tx: Tx,
  context: Context,
  prepared: PreparedCriteriaVersion,
  basedOnId: string | null,
  action: string,
  issues?: SetIssue[],
) {
  const { set, version } = prepared;
  // The set of this code the viewer sees (another province's is not: codes are unique within a
  // province and the national sets beside it); a national admin who sees two must be refused.
  const existing = onlyOne(
    await tx.criteriaSet.findMany({
      where: { code: set.code, ...setsInScope(context.viewer) },
      select: { provinceId: true, versions: { where: { version }, select: { id: true } } },
      take: 2,
    }),
    set.code,
  );
  // A new version of a set is its owner's (the ministry's sets, national admins'), and stays in the
  // set's province; a new set is the province's of the admin who makes it.
  if (existing) assertOwnsProvince(context.viewer, existing.provinceId);
  if (existing?.versions.length) throw labelTaken(set.code, version);
  const isNewSet = !existing;
  const stored = await importPreparedVersion(tx, prepared, {
    status: 'DRAFT',
    basedOnId,
    provinceId: existing ? existing.provinceId : provinceOf(context.viewer),
  });
  // The answer carries the document: the fields that select it (validation, yaml) would otherwise
  // read it back from the database, which costs the request thread more than parsing it here.
  const created = { ...stored, document: JSON.parse(prepared.documentJson) as unknown };
  if (issues) rememberIssues(created, issues);
  await audit(tx, context, {
    action,
    entityType: 'CriteriaVersion',
    entityId: created.id,
    after: {
      set: set.code,
      newSet: isNewSet,
      version: created.version,
      basedOnId,
      revision: created.revision,
      maxPoints: created.maxPoints,
      criteriaCount: created.criteriaCount,
      issues: (issues ?? issuesOf(created)).length,
    },
  });
  return created;
}

const labelTaken = (code: string, version: string) =>
  new AppError('CONFLICT', {
    vi: `Bộ tiêu chí ${code} đã có phiên bản "${version}". Hãy đặt nhãn phiên bản khác.`,
    en: `Set ${code} already has a version "${version}". Choose another version label.`,
  });
