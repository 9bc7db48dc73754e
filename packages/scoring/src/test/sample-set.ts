import type { CriteriaSetInput } from '../model/index.ts';
import { parseCriteriaSet } from '../model/index.ts';

const text = (vi: string, en = vi) => ({ vi, en });
const evidence = { required: true };

/**
 * A small set with every rule kind, two categories and level rules shaped like 2392's: lower
 * readiness levels on policy, Mức 4 on infrastructure + staff together ≥ 70 %.
 */
export const sampleSetDocument = {
  code: 'sample',
  version: '1',
  name: text('Bộ mẫu', 'Sample set'),
  unitLevel: 'district',
  source: {
    document: 'TEST',
    title: text('Bộ tiêu chí thử', 'Test set'),
    issuedBy: 'chiso',
    date: '2022-11-16',
    status: 'reconstructed',
  },
  maxPoints: 30,
  bands: [
    { code: 'high', name: text('Cao', 'High'), min: 0.5 },
    { code: 'low', name: text('Thấp', 'Low'), min: 0 },
  ],
  categories: [
    {
      code: 'SS',
      name: text('Điều kiện sẵn sàng', 'Readiness'),
      maxPoints: 20,
      groups: [
        {
          code: 'SS.HT',
          name: text('Cơ sở hạ tầng thông tin', 'Information infrastructure'),
          maxPoints: 6,
          criteria: [
            {
              code: 'SS.01',
              number: 1,
              name: text('Tỷ lệ máy tính có phần mềm diệt virus', 'Computers with antivirus'),
              maxPoints: 2,
              rule: { kind: 'share', measure: text('Tỷ lệ %', 'Share %') },
              evidence,
            },
            {
              code: 'SS.02',
              number: 2,
              name: text('Có tường lửa', 'Firewall in place'),
              maxPoints: 1,
              rule: { kind: 'yesNo' },
              evidence,
            },
            {
              code: 'SS.03',
              number: 3,
              name: text('Văn bản ký số', 'Digitally signed documents'),
              maxPoints: 3,
              rule: {
                kind: 'ratio',
                numerator: text('Số văn bản ký số'),
                denominator: text('Tổng số văn bản'),
              },
              evidence,
            },
          ],
        },
        {
          code: 'SS.NL',
          name: text('Nhân lực CNTT', 'IT human resources'),
          maxPoints: 4,
          criteria: [
            {
              code: 'SS.04',
              number: 4,
              name: text('Cán bộ được tập huấn', 'Staff trained'),
              maxPoints: 4,
              indicators: [
                {
                  code: 'SS.04.a',
                  name: text('Số lớp tập huấn', 'Training courses'),
                  maxPoints: 2,
                  rule: { kind: 'cappedCount', item: text('lớp', 'course'), pointsPerItem: 0.5 },
                  evidence,
                },
                {
                  code: 'SS.04.b',
                  name: text('Đánh giá của hội đồng', "Council's appraisal"),
                  maxPoints: 2,
                  rule: { kind: 'manual' },
                  evidence: { required: false },
                },
              ],
            },
          ],
        },
        {
          code: 'SS.CS',
          name: text('Môi trường chính sách', 'Policy environment'),
          maxPoints: 10,
          criteria: [
            {
              code: 'SS.05',
              number: 5,
              name: text('Họp Ban Chỉ đạo', 'Steering committee meetings'),
              maxPoints: 4,
              rule: {
                kind: 'steps',
                measure: text('Số cuộc họp trong năm', 'Meetings a year'),
                steps: [
                  { min: 4, points: 4 },
                  { min: 3, points: 3 },
                  { min: 2, points: 2 },
                  { min: 1, points: 1 },
                ],
              },
              evidence,
            },
            {
              code: 'SS.06',
              number: 6,
              name: text('Chủ trì họp', 'Who chairs'),
              maxPoints: 6,
              rule: {
                kind: 'choice',
                options: [
                  { value: 'head', label: text('Người đứng đầu', 'The head'), points: 6 },
                  { value: 'deputy', label: text('Cấp phó', 'A deputy'), points: 3 },
                  { value: 'none', label: text('Không', 'Nobody'), points: 0 },
                ],
              },
              evidence,
            },
          ],
        },
      ],
      levels: [
        { level: 1, conditions: [{ kind: 'groupShare', group: 'SS.CS', minPercent: 30 }] },
        { level: 2, conditions: [{ kind: 'groupPoints', group: 'SS.CS', min: 6 }] },
        {
          level: 4,
          conditions: [
            { kind: 'groupPoints', group: 'SS.CS', min: 6 },
            { kind: 'combinedShare', groups: ['SS.HT', 'SS.NL'], minPercent: 70 },
          ],
        },
      ],
    },
    {
      code: 'KQ',
      name: text('Kết quả đạt được', 'Achieved results'),
      maxPoints: 10,
      groups: [
        {
          code: 'KQ.GD',
          name: text('Giao dịch', 'Transaction'),
          maxPoints: 10,
          criteria: [
            {
              code: 'KQ.GD.01',
              number: 1,
              name: text('Hồ sơ trực tuyến', 'Online files'),
              maxPoints: 10,
              rule: { kind: 'bestInCohort', measure: text('Số hồ sơ', 'Files') },
              evidence,
            },
          ],
        },
      ],
    },
  ],
} satisfies CriteriaSetInput;

export const sampleSet = parseCriteriaSet(sampleSetDocument);

/** Inputs that earn every point. */
export const fullInputs = {
  'SS.01': 100,
  'SS.02': true,
  'SS.03': { numerator: 10, denominator: 10 },
  'SS.04.a': 4,
  'SS.04.b': 2,
  'SS.05': 4,
  'SS.06': 'head',
  'KQ.GD.01': 50,
};
