import { problem } from '@chiso/scoring';
import { AppError, issueAt } from '../errors.ts';
import { EVIDENCE_FILE_TYPES, type EvidenceFileType } from './file-types.ts';

/** Too large is a validation failure that HTTP answers with 413 rather than 400. */
export class FileTooLargeError extends AppError {
  readonly httpStatus = 413;
  constructor(maxBytes: number) {
    const size = formatSize(maxBytes);
    super(
      'VALIDATION_FAILED',
      {
        vi: `Tệp quá lớn: tối đa ${size}. Hãy nén hoặc tách tệp rồi tải lên lại.`,
        en: `The file is too large: at most ${size}. Compress or split it and upload again.`,
      },
      [issueAt('file', problem('FILE_TOO_LARGE', { size }))],
    );
  }
}

const ACCEPTED = EVIDENCE_FILE_TYPES.map((type) => type.label).join(', ');

export const fileTypeRefused = (fileName: string) =>
  new AppError(
    'VALIDATION_FAILED',
    {
      vi: `Không nhận loại tệp của "${fileName}". Minh chứng phải là tệp ${ACCEPTED}.`,
      en: `"${fileName}" is not a file type chiso accepts. Evidence must be a ${ACCEPTED} file.`,
    },
    [issueAt('file', problem('FILE_TYPE_NOT_ACCEPTED', { accepted: ACCEPTED }))],
  );

export const fileContentMismatch = (fileName: string, type: EvidenceFileType) =>
  new AppError(
    'VALIDATION_FAILED',
    {
      vi: `Nội dung tệp "${fileName}" không phải ${type.label} như phần mở rộng cho biết. Hãy kiểm tra lại tệp, hoặc lưu lại đúng định dạng rồi tải lên.`,
      en: `The content of "${fileName}" is not ${type.label}, as its extension says. Check the file, or save it again in that format and upload it.`,
    },
    [issueAt('file', problem('FILE_CONTENT_MISMATCH', { type: type.label }))],
  );

export const emptyFile = (fileName: string) =>
  new AppError(
    'VALIDATION_FAILED',
    { vi: `Tệp "${fileName}" trống.`, en: `The file "${fileName}" is empty.` },
    [issueAt('file', problem('FILE_EMPTY'))],
  );

/** 20971520 → "20 MB"; limits below a megabyte (tests) in KB. */
function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
