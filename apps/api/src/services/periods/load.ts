import type { Tx } from '@chiso/db';
import { assertOwnsProvince } from '../../auth/provinces.ts';
import type { Viewer } from '../../context.ts';
import { invalidTransition, notFound } from '../../errors.ts';

const statusNames = {
  DRAFT: { vi: 'nháp', en: 'draft' },
  OPEN: { vi: 'đang mở', en: 'open' },
  CLOSED: { vi: 'đã đóng', en: 'closed' },
  PUBLISHED: { vi: 'đã công bố', en: 'published' },
} as const;
type Status = keyof typeof statusNames;

export const period = { vi: 'kỳ đánh giá', en: 'the period' };

/** The period; with the viewer changing it, FORBIDDEN unless it is their province's (or they are national). */
export async function findPeriod(tx: Tx, id: string, changedBy?: Viewer) {
  const found = await tx.period.findUnique({ where: { id } });
  if (!found) throw notFound(period);
  if (changedBy) assertOwnsProvince(changedBy, found.provinceId);
  return found;
}

/** Refuses unless the period is in one of `allowed`, naming its current status and what would be needed. */
export function requireStatus(
  current: { code: string; status: Status },
  allowed: readonly Status[],
  action: { vi: string; en: string },
) {
  if (allowed.includes(current.status)) return;
  const now = statusNames[current.status];
  const needed = allowed.map((status) => statusNames[status]);
  throw invalidTransition({
    vi: `Không thể ${action.vi}: kỳ ${current.code} đang ở trạng thái "${now.vi}" (cần: ${needed.map((n) => n.vi).join(' hoặc ')}).`,
    en: `Cannot ${action.en}: period ${current.code} is ${now.en} (needs to be ${needed.map((n) => n.en).join(' or ')}).`,
  });
}
