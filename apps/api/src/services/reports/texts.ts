/** The published report's fixed wording, Vietnamese first (the official form) with English. */
import type { LocalizedText } from '@chiso/scoring';

export const REPORT_TEXT = {
  nation: { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIET NAM' },
  motto: { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  committee: { vi: 'UBND', en: 'PEOPLE’S COMMITTEE OF' },
  department: { vi: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', en: 'DEPARTMENT OF INFORMATION AND COMMUNICATIONS' },
  number: { vi: 'Số: …/BC-STTTT', en: 'No.: …/BC-STTTT' },
  dated: { vi: 'ngày … tháng … năm …', en: 'date: … / … / …' },
  title: { vi: 'BÁO CÁO', en: 'REPORT' },
  subject: { vi: 'Kết quả', en: 'Results:' },
  overview: { vi: 'I. TỔNG QUAN', en: 'I. OVERVIEW' },
  levels: { vi: 'II. SỐ ĐƠN VỊ THEO MỨC, THEO HẠNG MỤC', en: 'II. UNITS PER LEVEL AND CATEGORY' },
  ranking: { vi: 'III. XẾP HẠNG THEO TỔNG ĐIỂM', en: 'III. RANKING BY TOTAL POINTS' },
  notRanked: { vi: 'IV. ĐƠN VỊ KHÔNG ĐƯỢC XẾP HẠNG VÀ LÝ DO', en: 'IV. UNITS NOT RANKED AND WHY' },
  topBottom: { vi: 'V. ĐƠN VỊ DẪN ĐẦU VÀ CUỐI BẢNG', en: 'V. TOP AND BOTTOM UNITS' },
  movers: { vi: 'VI. SO VỚI KỲ TRƯỚC', en: 'VI. AGAINST THE PREVIOUS PERIOD' },
  blocking: {
    vi: 'VII. NHÓM TIÊU CHÍ KHIẾN ĐƠN VỊ KHÔNG ĐƯỢC XẾP HẠNG',
    en: 'VII. GROUPS THAT KEPT UNITS FROM BEING RANKED',
  },
  weakest: { vi: 'VIII. CÁC TIÊU CHÍ MẤT NHIỀU ĐIỂM NHẤT', en: 'VIII. CRITERIA LOSING THE MOST POINTS' },
  recommendations: { vi: 'IX. KIẾN NGHỊ', en: 'IX. RECOMMENDATIONS' },
  top: { vi: 'Đơn vị dẫn đầu', en: 'Top units' },
  bottom: { vi: 'Đơn vị cuối bảng (thấp nhất trước)', en: 'Bottom units (lowest first)' },
  risers: { vi: 'Tăng điểm nhiều nhất', en: 'Biggest gains' },
  fallers: { vi: 'Giảm điểm nhiều nhất', en: 'Biggest losses' },
  rank: { vi: 'Hạng', en: 'Rank' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  share: { vi: 'Tỷ lệ', en: 'Share' },
  category: { vi: 'Hạng mục', en: 'Category' },
  ranked: { vi: 'Được xếp hạng', en: 'Ranked' },
  notRankedShort: { vi: 'Không được xếp hạng', en: 'Not ranked' },
  notRankedCell: { vi: 'KXH', en: 'NR' },
  reasons: { vi: 'Lý do', en: 'Why' },
  group: { vi: 'Nhóm tiêu chí', en: 'Criteria group' },
  units: { vi: 'Số đơn vị', en: 'Units' },
  criterion: { vi: 'Tiêu chí', en: 'Criterion' },
  criterionName: { vi: 'Tên tiêu chí', en: 'Name' },
  lost: { vi: 'Điểm bị mất', en: 'Points lost' },
  lostShare: { vi: 'Tỷ lệ mất', en: 'Share lost' },
  atZero: { vi: 'Số đơn vị 0 điểm', en: 'Units at 0' },
  before: { vi: 'Kỳ trước', en: 'Before' },
  after: { vi: 'Kỳ này', en: 'Now' },
  change: { vi: 'Thay đổi', en: 'Change' },
  rankChange: { vi: 'Hạng (trước → nay)', en: 'Rank (before → now)' },
  lineage: { vi: 'Ghi chú', en: 'Note' },
  noPrevious: {
    vi: 'Nhóm đơn vị chưa có kỳ đánh giá đã công bố trước kỳ này nên chưa so sánh được.',
    en: 'The group has no earlier published period to compare with.',
  },
  noneNotRanked: {
    vi: 'Mọi đơn vị đều được xếp hạng ở tất cả các hạng mục.',
    en: 'Every unit is ranked in every category.',
  },
  noneBlocking: {
    vi: 'Không có nhóm tiêu chí nào khiến đơn vị không được xếp hạng.',
    en: 'No group kept any unit from being ranked.',
  },
  noMovers: { vi: 'Không có đơn vị nào.', en: 'None.' },
  recipients: { vi: 'Nơi nhận:', en: 'Recipients:' },
  director: { vi: 'GIÁM ĐỐC', en: 'DIRECTOR' },
} as const satisfies Record<string, LocalizedText>;

/** The one-unit report's sections and columns. */
export const UNIT_TEXT = {
  overall: { vi: 'KẾT QUẢ CHUNG', en: 'OVERALL RESULT' },
  categories: { vi: 'KẾT QUẢ THEO HẠNG MỤC', en: 'RESULTS PER CATEGORY' },
  groups: { vi: 'KẾT QUẢ THEO NHÓM TIÊU CHÍ', en: 'RESULTS PER CRITERIA GROUP' },
  notRanked: { vi: 'LÝ DO KHÔNG ĐƯỢC XẾP HẠNG', en: 'WHY THE UNIT IS NOT RANKED' },
  nextLevel: { vi: 'ĐƯỜNG NGẮN NHẤT LÊN MỨC TIẾP THEO', en: 'THE SHORTEST PATH TO THE NEXT LEVEL' },
  plan: { vi: 'KẾ HOẠCH NÂNG ĐIỂM', en: 'IMPROVEMENT PLAN' },
  planned: { vi: 'Dự kiến tăng', en: 'Planned gain' },
  achieved: { vi: 'Đã tăng', en: 'Gained' },
  set: { vi: 'Bộ tiêu chí', en: 'Criteria set' },
  points: { vi: 'Điểm/tối đa', en: 'Points/maximum' },
  level: { vi: 'Mức đạt', en: 'Level' },
} as const satisfies Record<string, LocalizedText>;

export const LINEAGE_TEXT: Record<string, LocalizedText> = {
  RENAMED: { vi: 'đổi tên', en: 'renamed' },
  MERGED: {
    vi: 'sáp nhập (kỳ trước: trung bình các đơn vị cũ)',
    en: 'merged (before: mean of the former units)',
  },
  SPLIT: { vi: 'chia tách', en: 'split' },
};
