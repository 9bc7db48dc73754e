import type { CriteriaVersion, Prisma, Tx, VersionStatus } from '@chiso/db';
import { assertOwnsProvince, seesProvince, setsInScope } from '../../auth/provinces.ts';
import type { Viewer } from '../../context.ts';
import { invalidTransition, notFound } from '../../errors.ts';

export const VERSION = { vi: 'phiên bản bộ tiêu chí', en: 'the criteria version' };

/** Drafts are work in progress of the Sở: only its admins and reviewers see them. */
export function canSeeDrafts(viewer: Viewer): boolean {
  return viewer.kind === 'user' && (viewer.role === 'ADMIN' || viewer.role === 'REVIEWER');
}

/**
 * Published versions are readable by every signed-in role and by dashboards, of the ministry's sets
 * and their province's own (auth/provinces.ts).
 */
export function canSeeVersion(
  viewer: Viewer,
  // The set's province where it was loaded (node lookups and lists filter by province themselves).
  version: { status: VersionStatus; set?: { provinceId: string | null } },
): boolean {
  if (viewer.kind === 'anonymous' || (version.set && !seesProvince(viewer, version.set.provinceId)))
    return false;
  return version.status === 'PUBLISHED' || canSeeDrafts(viewer);
}

export function visibleVersions(viewer: Viewer): Prisma.CriteriaVersionWhereInput {
  const inScope = { set: setsInScope(viewer) };
  if (canSeeDrafts(viewer)) return inScope;
  return viewer.kind === 'anonymous' ? { id: { in: [] } } : { AND: [{ status: 'PUBLISHED' }, inScope] };
}

/** A set whose versions are all drafts does not exist yet for those who cannot see drafts. */
export function visibleSets(viewer: Viewer): Prisma.CriteriaSetWhereInput {
  if (canSeeDrafts(viewer)) return setsInScope(viewer);
  return viewer.kind === 'anonymous'
    ? { id: { in: [] } }
    : { AND: [{ versions: { some: { status: 'PUBLISHED' } } }, setsInScope(viewer)] };
}

/** Loads a version for an edit: NOT_FOUND, or INVALID_TRANSITION once published (it never changes). */
export async function loadDraft(tx: Tx, id: string, changedBy: Viewer): Promise<CriteriaVersion> {
  const found = await tx.criteriaVersion.findUnique({
    where: { id },
    include: { set: { select: { provinceId: true } } },
  });
  if (!found) throw notFound(VERSION);
  const { set, ...version } = found;
  // The ministry's sets change only by national admins; a province's, by its own.
  assertOwnsProvince(changedBy, set.provinceId);
  if (version.status !== 'DRAFT') {
    throw invalidTransition({
      vi: `Phiên bản ${version.version} đã được công bố nên không thể sửa. Hãy tạo bản nháp mới từ phiên bản này.`,
      en: `Version ${version.version} is published and can no longer change. Create a new draft from it instead.`,
    });
  }
  return version;
}
