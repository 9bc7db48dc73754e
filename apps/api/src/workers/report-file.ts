import type { ReportDocument } from '../services/reports/document.ts';
import { reportDocx } from '../services/reports/docx.ts';
import { reportPdf } from '../services/reports/pdf.ts';
import { answering } from './answer.ts';

export interface ReportFileInput {
  document: ReportDocument;
  format: 'docx' | 'pdf';
}

/** A report drawn as a file (a worker job): a province's report is seconds of docx or pdfkit work. */
export const run = answering(
  ({ document, format }: ReportFileInput): Promise<Buffer> =>
    format === 'docx' ? reportDocx(document) : reportPdf(document),
);
