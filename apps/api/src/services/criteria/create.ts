import type { Tx } from '@chiso/db';
import { importCriteriaSet } from '@chiso/db';
import type { CriteriaSet } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { assertOwnsProvince, provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { AppError, invalidTransition, notFound } from '../../errors.ts';
import { runJob } from '../../workers/pool.ts';
import { VERSION } from './access.ts';
import { issuesOf, storedSet } from './document.ts';
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
  const set = await runJob('criteriaYaml', yaml, context.signal);
  return inTransaction(context, (tx) =>
    createDraft(tx, context, set, null, 'criteriaVersion.createFromYaml'),
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
    const set = { ...storedSet(source.document), version };
    return createDraft(tx, context, set, source.id, 'criteriaVersion.createFromVersion');
  });
}

async function createDraft(
  tx: Tx,
  context: Context,
  set: CriteriaSet,
  basedOnId: string | null,
  action: string,
) {
  const taken = await tx.criteriaVersion.findFirst({
    where: { version: set.version, set: { code: set.code } },
    select: { id: true },
  });
  if (taken) throw labelTaken(set);
  const existing = await tx.criteriaSet.findUnique({
    where: { code: set.code },
    select: { provinceId: true },
  });
  // A new version of a set is its owner's (the ministry's sets, national admins'); a new set is
  // the province's of the admin who makes it.
  if (existing) assertOwnsProvince(context.viewer, existing.provinceId);
  const isNewSet = !existing;
  const created = await importCriteriaSet(tx, set, {
    status: 'DRAFT',
    basedOnId,
    provinceId: provinceOf(context.viewer),
  });
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
      issues: issuesOf(created).length,
    },
  });
  return created;
}

const labelTaken = (set: CriteriaSet) =>
  new AppError('CONFLICT', {
    vi: `Bộ tiêu chí ${set.code} đã có phiên bản "${set.version}". Hãy đặt nhãn phiên bản khác.`,
    en: `Set ${set.code} already has a version "${set.version}". Choose another version label.`,
  });
