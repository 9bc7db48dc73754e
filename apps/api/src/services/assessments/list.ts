import type { AssessmentStatus, Prisma } from '@chiso/db';
import type { Viewer } from '../../context.ts';
import { searchWords } from '../units/search.ts';
import { visibleAssessments } from './access.ts';

export interface AssessmentFilter {
  periodId?: string | null | undefined;
  unitGroupId?: string | null | undefined;
  unitId?: string | null | undefined;
  status?: AssessmentStatus | null | undefined;
  /** Words of a unit's name or code; diacritics and case ignored ("van don" finds Vân Đồn). */
  search?: string | null | undefined;
}

/** The `where` of an assessment list: what the viewer may see, narrowed by the filters. */
export function assessmentWhere(viewer: Viewer, filter: AssessmentFilter): Prisma.AssessmentWhereInput {
  const words = searchWords(filter.search);
  return {
    AND: [
      visibleAssessments(viewer),
      ...(filter.periodId ? [{ periodId: filter.periodId }] : []),
      ...(filter.unitGroupId ? [{ unitGroupId: filter.unitGroupId }] : []),
      ...(filter.unitId ? [{ unitId: filter.unitId }] : []),
      ...(filter.status ? [{ status: filter.status }] : []),
      // Each word in the unit's folded name, or the whole query as the start of its code.
      ...(words.length > 0
        ? [
            {
              OR: [
                { unit: { AND: words.map((word) => ({ searchName: { contains: word } })) } },
                { unit: { code: { startsWith: (filter.search ?? '').trim() } } },
              ],
            },
          ]
        : []),
    ],
  };
}
