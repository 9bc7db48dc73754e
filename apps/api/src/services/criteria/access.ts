import type { CriteriaVersion, Prisma, Tx, VersionStatus } from '@chiso/db';
import type { Viewer } from '../../context.ts';
import { invalidTransition, notFound } from '../../errors.ts';

export const VERSION = { vi: 'phiên bản bộ tiêu chí', en: 'the criteria version' };

/** Drafts are work in progress of the Sở: only its admins and reviewers see them. */
export function canSeeDrafts(viewer: Viewer): boolean {
  return viewer.kind === 'user' && (viewer.role === 'ADMIN' || viewer.role === 'REVIEWER');
}

/** Published versions are readable by every signed-in role and by dashboards. */
export function canSeeVersion(viewer: Viewer, version: { status: VersionStatus }): boolean {
  if (viewer.kind === 'anonymous') return false;
  return version.status === 'PUBLISHED' || canSeeDrafts(viewer);
}

export function visibleVersions(viewer: Viewer): Prisma.CriteriaVersionWhereInput {
  if (canSeeDrafts(viewer)) return {};
  return viewer.kind === 'anonymous' ? { id: { in: [] } } : { status: 'PUBLISHED' };
}

/** A set whose versions are all drafts does not exist yet for those who cannot see drafts. */
export function visibleSets(viewer: Viewer): Prisma.CriteriaSetWhereInput {
  if (canSeeDrafts(viewer)) return {};
  return viewer.kind === 'anonymous' ? { id: { in: [] } } : { versions: { some: { status: 'PUBLISHED' } } };
}

/** Loads a version for an edit: NOT_FOUND, or INVALID_TRANSITION once published (it never changes). */
export async function loadDraft(tx: Tx, id: string): Promise<CriteriaVersion> {
  const version = await tx.criteriaVersion.findUnique({ where: { id } });
  if (!version) throw notFound(VERSION);
  if (version.status !== 'DRAFT') {
    throw invalidTransition({
      vi: `Phiên bản ${version.version} đã được công bố nên không thể sửa. Hãy tạo bản nháp mới từ phiên bản này.`,
      en: `Version ${version.version} is published and can no longer change. Create a new draft from it instead.`,
    });
  }
  return version;
}
