/** A small criteria document with every kind of input the widgets take, and level rules. */
const text = (vi: string, en: string) => ({ vi, en });
const evidence = { required: false };

export const sampleDocument = {
  code: 'sample',
  version: '1',
  name: text('Bộ mẫu', 'Sample set'),
  unitLevel: 'commune',
  source: {
    document: 'TEST',
    title: text('Bộ tiêu chí thử', 'Test criteria'),
    issuedBy: 'chiso',
    date: '2022-11-16',
    status: 'reconstructed',
  },
  maxPoints: 40,
  categories: [
    {
      code: 'SS',
      name: text('Điều kiện sẵn sàng', 'Readiness'),
      maxPoints: 30,
      groups: [
        {
          code: 'SS.HT',
          name: text('Hạ tầng', 'Infrastructure'),
          maxPoints: 20,
          criteria: [
            {
              code: 'SS.01',
              number: 1,
              name: text('Tỉ lệ máy tính có phần mềm diệt virus', 'Computers with antivirus'),
              maxPoints: 10,
              rule: { kind: 'share', measure: text('tỉ lệ máy tính', 'share of computers') },
              evidence,
            },
            {
              code: 'SS.02',
              number: 2,
              name: text('Đánh giá của Sở', 'Department assessment'),
              maxPoints: 10,
              rule: { kind: 'manual' },
              evidence,
            },
          ],
        },
        {
          code: 'SS.CS',
          name: text('Môi trường chính sách', 'Policy environment'),
          maxPoints: 10,
          criteria: [
            {
              code: 'SS.03',
              number: 3,
              name: text('Có Ban chỉ đạo', 'Steering committee established'),
              maxPoints: 10,
              rule: { kind: 'yesNo' },
              evidence: { required: true, description: text('Quyết định thành lập', 'The decision') },
            },
          ],
        },
      ],
      levels: [
        { level: 1, conditions: [{ kind: 'groupShare', group: 'SS.CS', minPercent: 50 }] },
        { level: 2, conditions: [{ kind: 'combinedShare', groups: ['SS.HT', 'SS.CS'], minPercent: 70 }] },
      ],
    },
    {
      code: 'KQ',
      name: text('Kết quả đạt được', 'Achieved results'),
      maxPoints: 10,
      groups: [
        {
          code: 'KQ.HD',
          name: text('Hiện diện', 'Presence'),
          maxPoints: 10,
          criteria: [
            {
              code: 'KQ.01',
              number: 1,
              name: text('Văn bản ký số', 'Documents signed digitally'),
              maxPoints: 4,
              rule: {
                kind: 'ratio',
                numerator: text('số văn bản ký số', 'signed documents'),
                denominator: text('tổng số văn bản', 'all documents'),
              },
              evidence,
            },
            {
              code: 'KQ.02',
              number: 2,
              name: text('Họp trực tuyến', 'Online meetings'),
              maxPoints: 2,
              rule: { kind: 'cappedCount', item: text('cuộc họp', 'meeting'), pointsPerItem: 0.5 },
              evidence,
            },
            {
              code: 'KQ.03',
              number: 3,
              name: text('Người chủ trì', 'Chaired by'),
              maxPoints: 2,
              rule: {
                kind: 'choice',
                options: [
                  { value: 'head', label: text('Người đứng đầu', 'The head'), points: 2 },
                  { value: 'deputy', label: text('Cấp phó', 'A deputy'), points: 1 },
                ],
              },
              evidence,
            },
            {
              code: 'KQ.04',
              number: 4,
              name: text('Số cuộc họp Ban chỉ đạo', 'Steering meetings'),
              maxPoints: 2,
              rule: {
                kind: 'steps',
                measure: text('số cuộc họp', 'meetings'),
                steps: [
                  { min: 1, points: 0.5 },
                  { min: 4, points: 2 },
                ],
              },
              evidence,
            },
          ],
        },
      ],
    },
  ],
};
