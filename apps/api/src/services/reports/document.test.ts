import { describe, expect, it } from 'vitest';
import { reportDocument } from './document.ts';
import type { PeriodReport } from './period-report.ts';

const unit = (code: string, name: string) => ({
  id: code,
  code,
  name,
  kind: 'COMMUNE',
  type: 'Phường',
  parentId: null,
  parentName: null,
});

/** A report with only what the movers section reads (the demo has a single published period). */
const report = {
  province: { name: 'Tỉnh Quảng Ninh', place: 'Quảng Ninh' },
  period: { code: 'QN2025', name: 'Đánh giá năm 2025', endsOn: new Date('2025-12-31') },
  group: { code: 'QN-XA', name: { vi: 'Nhóm xã', en: 'Communes' } },
  criteria: null,
  unitKind: 'COMMUNE',
  cohortSize: 5,
  rankedOverall: 5,
  categories: [],
  ranking: [],
  notRanked: [],
  top: [],
  bottom: [],
  previousPeriod: { code: 'QN2024', name: 'Đánh giá năm 2024' },
  risers: [
    {
      unit: unit('06706', 'Phường Tuần Châu'),
      lineage: 'MERGED',
      before: 634,
      after: 1000,
      rankBefore: null,
      rankAfter: 2,
    },
  ],
  fallers: [
    {
      unit: unit('06967', 'Xã Đảo Cái Chiên'),
      lineage: 'RENAMED',
      before: 1234,
      after: 600,
      rankBefore: 6,
      rankAfter: 4,
    },
  ],
  blocking: [],
  weakest: [],
  recommendations: [],
  nodeName: () => undefined,
} satisfies PeriodReport;

describe('the report document', () => {
  it('shows risers and fallers through lineage, with vi-VN figures', () => {
    const document = reportDocument(report, 'vi');
    const tables = document.blocks.flatMap((block) => (block.kind === 'table' ? [block.rows] : []));
    expect(tables).toContainEqual([
      ['Phường Tuần Châu', '6,34', '10,00', '+3,66', '— → 2', expect.stringMatching(/^sáp nhập/)],
    ]);
    expect(tables).toContainEqual([['Xã Đảo Cái Chiên', '12,34', '6,00', '-6,34', '6 → 4', 'đổi tên']]);
    expect(document.blocks).toContainEqual({
      kind: 'paragraph',
      text: expect.stringContaining('So với Đánh giá năm 2024'),
    });
    expect(document.issuer.committee).toBe('UBND TỈNH QUẢNG NINH');
    expect(document.subject).toBe('Kết quả đánh giá năm 2025 – Nhóm xã');
  });

  it('writes English figures the English way', () => {
    const document = reportDocument(report, 'en');
    const tables = document.blocks.flatMap((block) => (block.kind === 'table' ? [block.rows] : []));
    expect(tables).toContainEqual([
      ['Phường Tuần Châu', '6.34', '10.00', '+3.66', '— → 2', expect.stringMatching(/^merged/)],
    ]);
  });
});
