import { seededRandom } from '@chiso/scoring';
import type { AssessmentStatus, UnitKind } from '../generated/prisma/enums.ts';

/**
 * How far along each demo unit is, and where its 2022 assessment stands: deterministic (seeded by
 * the unit's code), varied, and plausible — agencies ahead of districts, districts of communes, a
 * little progress from 2021 to 2022, a few units far behind so some are not ranked.
 */
const BASE: Record<UnitKind, [number, number]> = {
  PROVINCE: [0.6, 0.8],
  PROVINCIAL_AGENCY: [0.5, 0.88],
  DISTRICT: [0.42, 0.82],
  COMMUNE: [0.25, 0.78],
};

function randomFor(code: string, salt: number): () => number {
  let hash = salt;
  for (const char of code) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return seededRandom(hash);
}

export function demoMaturity(code: string, kind: UnitKind, year: number): number {
  const random = randomFor(code, 2021);
  const [low, high] = BASE[kind];
  const base = low + random() * (high - low);
  const growth = 0.02 + random() * 0.08;
  return Math.min(0.97, base + (year - 2021) * growth);
}

/** Inputs for one unit, period and set: the same random stream each time the seed runs. */
export function demoRandom(code: string, year: number, setCode: string): () => number {
  return randomFor(`${code}/${setCode}`, year);
}

/** Where the open period's assessments stand: most submitted, some returned, some approved, some still drafts. */
export function demoStatus2022(code: string): AssessmentStatus {
  const draw = randomFor(code, 2022)();
  if (draw < 0.15) return 'DRAFT';
  if (draw < 0.27) return 'RETURNED';
  if (draw < 0.45) return 'APPROVED';
  return 'SUBMITTED';
}

export const RETURN_REASONS = [
  'Thiếu minh chứng cho tiêu chí về hồ sơ trực tuyến mức độ 3, 4; đề nghị bổ sung báo cáo thống kê từ Cổng dịch vụ công.',
  'Số liệu tỷ lệ văn bản ký số chưa khớp với hệ thống quản lý văn bản; đề nghị rà soát lại.',
  'Chưa có quyết định kiện toàn Ban Chỉ đạo năm 2022 kèm theo; đề nghị bổ sung.',
];
