import type { Message } from '../errors.ts';

/** The words of an entries workbook, in both languages (the workbook is written in one). */
export const TEXT = {
  period: { vi: 'Kỳ đánh giá', en: 'Period' },
  set: { vi: 'Bộ tiêu chí', en: 'Criteria set' },
  status: { vi: 'Trạng thái', en: 'Status' },
  code: { vi: 'Mã', en: 'Code' },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  measure: { vi: 'Đơn vị tính', en: 'Unit of measure' },
  max: { vi: 'Tối đa (điểm)', en: 'Maximum (points)' },
  valueOrNumerator: { vi: 'Giá trị (tỷ lệ: tử số)', en: 'Value (ratio: numerator)' },
  denominator: { vi: 'Mẫu số (tỷ lệ)', en: 'Denominator (ratio)' },
  unitCode: { vi: 'Mã đơn vị', en: 'Unit code' },
  unitName: { vi: 'Tên đơn vị', en: 'Unit' },
  explanation: { vi: 'Giải trình', en: 'Explanation' },
  evidence: { vi: 'Minh chứng', en: 'Evidence' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  selfPoints: { vi: 'Điểm tự đánh giá', en: 'Self-assessed points' },
  reviewedPoints: { vi: 'Điểm thẩm định', en: 'Reviewed points' },
  title: { vi: 'Tên văn bản', en: 'Title' },
  documentNumber: { vi: 'Số hiệu', en: 'Number' },
  issuedOn: { vi: 'Ngày ban hành', en: 'Issued on' },
  fileName: { vi: 'Tên tệp', en: 'File name' },
  link: { vi: 'Liên kết', en: 'Link' },
  sheetAssessment: { vi: 'Phiếu đánh giá', en: 'Assessment' },
  matrixSheet: { vi: 'Đơn vị × tiêu chí', en: 'Units × criteria' },
  howToFill: {
    vi: 'Nhập số liệu vào các ô màu vàng (tỷ lệ: tử số và mẫu số); không sửa các cột khác.',
    en: 'Enter the figures in the yellow cells (a ratio: numerator and denominator); do not change the other columns.',
  },
  howToFillMatrix: {
    vi: 'Mỗi dòng một đơn vị; nhập số liệu vào các ô màu vàng, không thêm hoặc xoá dòng, cột.',
    en: 'One row per unit; enter the figures in the yellow cells, do not add or delete rows or columns.',
  },
  locked: {
    vi: 'Phiếu không còn sửa được: các ô đã khoá.',
    en: 'The assessment can no longer be changed: its cells are locked.',
  },
} satisfies Record<string, Message>;

/** The columns that describe a criterion and what was reported, first in every sheet that lists criteria. */
export const CRITERION_HEADINGS = [
  TEXT.code,
  TEXT.criterion,
  TEXT.measure,
  TEXT.max,
  TEXT.valueOrNumerator,
  TEXT.denominator,
] as const;
