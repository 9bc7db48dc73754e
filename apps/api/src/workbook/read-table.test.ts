import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv, readTable } from './read-table.ts';

describe('readTable', () => {
  it('reads CSV with quotes, semicolons and a BOM, keeping codes as text and row numbers as shown', async () => {
    const csv =
      '\uFEFFMã đơn vị;Họ tên;Email\r\n06658;"Lê Văn ""Đồn""";a@x.vn\r\n\r\n203;"Trần; Thị\nHai";b@x.vn\n';
    expect(await readTable(Buffer.from(csv))).toEqual([
      { number: 1, cells: ['Mã đơn vị', 'Họ tên', 'Email'] },
      { number: 2, cells: ['06658', 'Lê Văn "Đồn"', 'a@x.vn'] },
      { number: 4, cells: ['203', 'Trần; Thị\nHai', 'b@x.vn'] },
    ]);
    expect(readCsv('a,b\n1,2')).toEqual([
      { number: 1, cells: ['a', 'b'] },
      { number: 2, cells: ['1', '2'] },
    ]);
  });

  it('reads the first sheet of an xlsx, rich text and numbers as text, blank rows left out', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cán bộ');
    sheet.addRow(['Mã', 'Họ tên', 'Email']);
    sheet.addRow(['06658', { richText: [{ text: 'Lê ' }, { text: 'Văn' }] }, 'a@x.vn']);
    sheet.addRow([]);
    sheet.addRow([203, 'B', { text: 'b@x.vn', hyperlink: 'mailto:b@x.vn' }]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readTable(content)).toEqual([
      { number: 1, cells: ['Mã', 'Họ tên', 'Email'] },
      { number: 2, cells: ['06658', 'Lê Văn', 'a@x.vn'] },
      { number: 4, cells: ['203', 'B', 'b@x.vn'] },
    ]);
  });

  it('refuses a broken xlsx in both languages', async () => {
    await expect(readTable(Buffer.from('PK\u0003\u0004 not really a zip'))).rejects.toMatchObject({
      messages: {
        vi: expect.stringContaining('Không đọc được'),
        en: expect.stringContaining('cannot be read'),
      },
    });
  });
});
