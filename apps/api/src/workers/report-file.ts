import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { ReportDocument } from '../services/reports/document.ts';
import { reportDocx } from '../services/reports/docx.ts';
import { reportPdf } from '../services/reports/pdf.ts';
import { type Answer, answering } from './answer.ts';

export interface ReportFileInput {
  document: ReportDocument;
  format: 'docx' | 'pdf';
}

const drawn = answering(
  ({ document, format }: ReportFileInput): Promise<Uint8Array> =>
    format === 'docx' ? reportDocx(document) : reportPdf(document),
);

/**
 * A report drawn as a file (a worker job): a province's report is seconds of docx or pdfkit work.
 * The file's memory moves to the request thread instead of being copied there (megabytes for a
 * province); piscina unwraps the moved answer, so the caller receives the Answer itself.
 */
export const run = async (input: ReportFileInput): Promise<Answer<Uint8Array>> => {
  const answer = await drawn(input);
  if (!('value' in answer)) return answer;
  const file = answer.value;
  // Only memory the file holds alone may move: a small Buffer can share Node's pool with other data.
  const own =
    file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file : new Uint8Array(file);
  return move({
    [transferableSymbol]: own.buffer,
    [valueSymbol]: { value: own },
  }) as unknown as Answer<Uint8Array>;
};
