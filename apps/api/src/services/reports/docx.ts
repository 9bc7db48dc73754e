/**
 * The report as a Word document laid out as Vietnamese administrative documents are (Nghị định
 * 30/2020/NĐ-CP): A4, Times New Roman 13 pt, the issuing body and number on the left of the header
 * beside Quốc hiệu and tiêu ngữ on the right, then the title, the sections and their tables.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ReportDocument, TableColumn } from './document.ts';

const FONT = 'Times New Roman';
/** Half-points. */
const BODY = 26;
const SMALL = 22;
/** Twips (1/1440 inch): 1 mm ≈ 56.7. */
const MM = 56.7;
/** A4 width less the 30 mm left and 20 mm right margins. */
const TEXT_WIDTH = Math.round((210 - 30 - 20) * MM);

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

function line(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        text,
        bold: options.bold ?? false,
        italics: options.italics ?? false,
        size: options.size ?? BODY,
      }),
    ],
  });
}

/** The borderless two-column header: issuer | Quốc hiệu, tiêu ngữ; number | place and date. */
function header(document: ReportDocument): Table {
  const left = Math.round(TEXT_WIDTH * 0.44);
  const right = TEXT_WIDTH - left;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(left, [
            line(document.issuer.committee, { size: SMALL + 2 }),
            line(document.issuer.department, { bold: true, size: SMALL + 2 }),
          ]),
          cell(right, [
            line(document.nation.name, { bold: true }),
            line(document.nation.motto, { bold: true }),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell(left, [line(document.issuer.number)]),
          cell(right, [line(document.nation.placeDate, { italics: true })]),
        ],
      }),
    ],
  });
}

function table(columns: TableColumn[], rows: string[][]): Table {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => Math.round((column.width / total) * TEXT_WIDTH));
  const cell = (text: string, index: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: bold ? AlignmentType.CENTER : ALIGN[columns[index]?.align ?? 'left'],
          children: [new TextRun({ text, bold, size: SMALL })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: columns.map((column, index) => cell(column.label, index, true)),
      }),
      ...rows.map((row) => new TableRow({ children: row.map((text, index) => cell(text, index, false)) })),
    ],
  });
}

function block(item: Block): Array<Paragraph | Table> {
  switch (item.kind) {
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 240, after: 120 },
          children: [new TextRun({ text: item.text, bold: true })],
        }),
      ];
    case 'subheading':
      return [
        new Paragraph({
          spacing: { before: 120, after: 60 },
          children: [new TextRun({ text: item.text, bold: true, italics: true })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: Math.round(10 * MM) },
          spacing: { after: 120 },
          children: [new TextRun(item.text)],
        }),
      ];
    case 'bullets':
      return item.items.map(
        (text) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: Math.round(10 * MM) },
            spacing: { after: 60 },
            children: [new TextRun(`- ${text}`)],
          }),
      );
    case 'table':
      return [table(item.columns, item.rows), new Paragraph({ children: [] })];
  }
}

export async function reportDocx(document: ReportDocument): Promise<Buffer> {
  const file = new Document({
    creator: 'chiso',
    title: `${document.title} ${document.subject}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        // Page numbers at the top centre from the second page on, as administrative documents number them.
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
          first: new Header({ children: [] }),
        },
        properties: {
          titlePage: true,
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(20 * MM),
              bottom: Math.round(20 * MM),
              left: Math.round(30 * MM),
              right: Math.round(20 * MM),
            },
          },
        },
        children: [
          header(document),
          new Paragraph({ spacing: { before: 360 }, children: [] }),
          line(document.title, { bold: true, size: 28 }),
          line(document.subject, { bold: true }),
          new Paragraph({ children: [] }),
          ...document.blocks.flatMap(block),
          new Paragraph({
            spacing: { before: 360 },
            children: [
              new TextRun({ text: document.signature.recipients, bold: true, italics: true, size: 24 }),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: document.signature.signer, bold: true })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
