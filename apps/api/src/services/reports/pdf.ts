/**
 * The report as PDF, drawn with pdfkit from the same blocks as the DOCX. PDF viewers have no
 * Vietnamese in their standard fonts, so Noto Serif (whose glyphs cover Vietnamese; a test checks
 * every character of a report) is embedded, subset to the glyphs used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Block, ReportDocument, TableColumn } from './document.ts';

const require = createRequire(import.meta.url);

/** The font files (read once per process, about 2 MB together). */
export const REPORT_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
  boldItalic: require.resolve('@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf'),
};
type FontName = keyof typeof REPORT_FONTS;
let fonts: Record<FontName, Buffer> | null = null;
function fontFiles(): Record<FontName, Buffer> {
  fonts ??= Object.fromEntries(
    Object.entries(REPORT_FONTS).map(([name, file]) => [name, readFileSync(file)]),
  ) as Record<FontName, Buffer>;
  return fonts;
}

/** Points (1/72 inch): A4 with the administrative margins (20 mm top and bottom, 30 left, 20 right). */
const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 20 * MM };
const BODY = 12;
const SMALL = 9.5;
const PADDING = 3;

export async function reportPdf(document: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    info: { Title: `${document.title} ${document.subject}`, Creator: 'chiso' },
    lang: 'vi-VN',
    // Pages are kept until the end so that each can be numbered.
    bufferPages: true,
  });
  for (const [name, data] of Object.entries(fontFiles())) pdf.registerFont(name, data);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const left = MARGINS.left;
  const width = pdf.page.width - MARGINS.left - MARGINS.right;
  const bottom = () => pdf.page.height - MARGINS.bottom;

  // Header: issuer on the left, Quốc hiệu and tiêu ngữ on the right, each centred in its column.
  const leftWidth = width * 0.44;
  const rightWidth = width - leftWidth;
  const top = pdf.y;
  const centred = (text: string, x: number, w: number, font: FontName, size = BODY) =>
    pdf.font(font).fontSize(size).text(text, x, pdf.y, { width: w, align: 'center' });
  centred(document.issuer.committee, left, leftWidth, 'regular', 10.5);
  centred(document.issuer.department, left, leftWidth, 'bold', 10.5);
  pdf.moveDown(0.5);
  centred(document.issuer.number, left, leftWidth, 'regular', 10.5);
  const leftEnd = pdf.y;
  pdf.y = top;
  centred(document.nation.name, left + leftWidth, rightWidth, 'bold', 11);
  centred(document.nation.motto, left + leftWidth, rightWidth, 'bold', 11);
  pdf.moveDown(0.5);
  centred(document.nation.placeDate, left + leftWidth, rightWidth, 'italic', 11);
  pdf.y = Math.max(leftEnd, pdf.y) + 18;
  centred(document.title, left, width, 'bold', 14);
  centred(document.subject, left, width, 'bold', BODY);
  pdf.moveDown(1);

  const ensure = (height: number) => {
    if (pdf.y + height > bottom()) pdf.addPage();
  };
  const paragraph = (text: string, font: FontName, options: { indent?: number; gap?: number } = {}) => {
    pdf.font(font).fontSize(BODY);
    ensure(pdf.heightOfString(text, { width }) > 60 ? 30 : pdf.heightOfString(text, { width }));
    pdf.text(text, left, pdf.y, { width, align: 'justify', indent: options.indent ?? 0 });
    pdf.moveDown(options.gap ?? 0.3);
  };

  const table = (columns: TableColumn[], rows: string[][]) => {
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (column.width / total) * width);
    const heightOf = (cells: string[], font: FontName) => {
      pdf.font(font).fontSize(SMALL);
      return (
        Math.max(
          ...cells.map((text, index) =>
            pdf.heightOfString(text, { width: (widths[index] ?? 0) - 2 * PADDING }),
          ),
        ) +
        2 * PADDING
      );
    };
    const drawRow = (cells: string[], font: FontName, header: boolean, height: number) => {
      const y = pdf.y;
      let x = left;
      cells.forEach((text, index) => {
        const w = widths[index] ?? 0;
        pdf.rect(x, y, w, height).lineWidth(0.5).stroke();
        pdf
          .font(font)
          .fontSize(SMALL)
          .text(text, x + PADDING, y + PADDING, {
            width: w - 2 * PADDING,
            align: header ? 'center' : (columns[index]?.align ?? 'left'),
          });
        x += w;
      });
      pdf.x = left;
      pdf.y = y + height;
    };
    const labels = columns.map((column) => column.label);
    const labelHeight = heightOf(labels, 'bold');
    // Each row is measured once: a new page repeats the header row before it.
    const heights = rows.map((row) => heightOf(row, 'regular'));
    ensure(labelHeight + (heights[0] ?? 0));
    drawRow(labels, 'bold', true, labelHeight);
    rows.forEach((row, index) => {
      const height = heights[index] ?? 0;
      if (pdf.y + height > bottom()) {
        pdf.addPage();
        drawRow(labels, 'bold', true, labelHeight);
      }
      drawRow(row, 'regular', false, height);
    });
    pdf.moveDown(0.6);
  };

  const draw = (block: Block) => {
    switch (block.kind) {
      case 'heading':
        ensure(60);
        pdf.moveDown(0.4);
        return paragraph(block.text, 'bold');
      case 'subheading':
        ensure(50);
        return paragraph(block.text, 'boldItalic');
      case 'paragraph':
        return paragraph(block.text, 'regular', { indent: 10 * MM, gap: 0.5 });
      case 'bullets':
        for (const item of block.items) paragraph(`- ${item}`, 'regular', { indent: 10 * MM });
        return;
      case 'table':
        return table(block.columns, block.rows);
    }
  };
  for (const block of document.blocks) draw(block);

  ensure(60);
  pdf.moveDown(1);
  pdf.font('boldItalic').fontSize(11).text(document.signature.recipients, left, pdf.y, { width });
  pdf.font('bold').fontSize(BODY).text(document.signature.signer, left, pdf.y, { width, align: 'right' });
  // Page numbers at the top centre from the second page on, as administrative documents number them.
  const pages = pdf.bufferedPageRange();
  for (let index = pages.start + 1; index < pages.start + pages.count; index += 1) {
    pdf.switchToPage(index);
    pdf
      .font('regular')
      .fontSize(11)
      .text(String(index + 1), left, MARGINS.top / 2, { width, align: 'center', lineBreak: false });
  }
  pdf.end();
  return done;
}
