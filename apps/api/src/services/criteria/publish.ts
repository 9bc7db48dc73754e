import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { conflict, validationFailed } from '../../errors.ts';
import { loadDraft, VERSION } from './access.ts';
import { staleMappingIssues } from './code-mapping.ts';
import { issuesOf, storedSet, toFieldIssue } from './document.ts';

/** publishCriteriaVersion's input besides the draft's id. */
export const PublishCriteriaVersionInput = z.object({ revision: z.number().int().nonnegative() });

/**
 * Publishes a draft: only a fully valid one (sums, rules, level rules), and from then on it never
 * changes. The set takes the published document's name, so lists show the current wording.
 */
export async function publishCriteriaVersion(
  context: Context,
  input: { versionId: string; revision: number },
) {
  const { versionId, revision } = input;
  return context.db.$transaction(async (tx) => {
    const version = await loadDraft(tx, versionId, context.viewer);
    if (version.revision !== revision) throw conflict(VERSION);
    const issues = [...issuesOf(version).map(toFieldIssue), ...(await staleMappingIssues(tx, version))];
    if (issues.length > 0) {
      throw validationFailed(issues, {
        vi: `Chưa thể công bố: bộ tiêu chí còn ${issues.length} lỗi (xem từng lỗi theo đường dẫn tiêu chí).`,
        en: `Cannot publish yet: the criteria set has ${issues.length} problem(s) (see each issue by node path).`,
      });
    }
    const publishedAt = new Date();
    const { count } = await tx.criteriaVersion.updateMany({
      where: { id: versionId, revision, status: 'DRAFT' },
      data: { status: 'PUBLISHED', publishedAt, revision: { increment: 1 } },
    });
    if (count === 0) throw conflict(VERSION);
    const set = storedSet(version.document);
    await tx.criteriaSet.update({
      where: { id: version.setId },
      data: {
        name: set.name.vi,
        nameEn: set.name.en,
        unitLevel: set.unitLevel,
        supplements: set.supplements ?? null,
      },
    });
    const published = await tx.criteriaVersion.findUniqueOrThrow({ where: { id: versionId } });
    await audit(tx, context, {
      action: 'criteriaVersion.publish',
      entityType: 'CriteriaVersion',
      entityId: versionId,
      before: { status: version.status, revision: version.revision },
      after: { status: published.status, revision: published.revision, publishedAt: published.publishedAt },
    });
    return published;
  });
}
