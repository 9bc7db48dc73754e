/**
 * The kinds of file accepted as evidence. A file must carry one of these extensions AND start with
 * the matching signature, so a renamed executable is refused whatever the client claims.
 */
export interface EvidenceFileType {
  /** What a person calls it in messages. */
  label: string;
  contentType: string;
  extensions: readonly string[];
  /** Accepted leading bytes; null for plain text, which is checked for binary content instead. */
  signatures: readonly (readonly number[])[] | null;
}

const bytes = (text: string) => [...text].map((char) => char.charCodeAt(0));
const ZIP = [bytes('PK\x03\x04')];
const OLE = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

export const EVIDENCE_FILE_TYPES: readonly EvidenceFileType[] = [
  { label: 'PDF', contentType: 'application/pdf', extensions: ['pdf'], signatures: [bytes('%PDF-')] },
  {
    label: 'PNG',
    contentType: 'image/png',
    extensions: ['png'],
    signatures: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  },
  { label: 'JPEG', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], signatures: [[0xff, 0xd8, 0xff]] },
  {
    label: 'DOCX',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    signatures: ZIP,
  },
  {
    label: 'XLSX',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    signatures: ZIP,
  },
  {
    label: 'ODT',
    contentType: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    signatures: ZIP,
  },
  {
    label: 'ODS',
    contentType: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    signatures: ZIP,
  },
  { label: 'DOC', contentType: 'application/msword', extensions: ['doc'], signatures: OLE },
  { label: 'XLS', contentType: 'application/vnd.ms-excel', extensions: ['xls'], signatures: OLE },
  { label: 'TXT', contentType: 'text/plain', extensions: ['txt'], signatures: null },
  { label: 'CSV', contentType: 'text/csv', extensions: ['csv'], signatures: null },
];

/** Bytes needed to compare against the longest signature. */
export const SIGNATURE_LENGTH = Math.max(
  ...EVIDENCE_FILE_TYPES.flatMap((type) => (type.signatures ?? []).map((signature) => signature.length)),
);

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function fileTypeByExtension(fileName: string): EvidenceFileType | undefined {
  const extension = extensionOf(fileName);
  return EVIDENCE_FILE_TYPES.find((type) => type.extensions.includes(extension));
}

/** Whether the head of a file starts with one of the type's signatures. */
export function matchesSignature(type: EvidenceFileType, head: Uint8Array): boolean {
  if (!type.signatures) return true;
  return type.signatures.some(
    (signature) => head.length >= signature.length && signature.every((byte, index) => head[index] === byte),
  );
}

/**
 * Text must not contain NUL or control characters other than tab, line breaks and form feed:
 * that is what sets a binary (an executable renamed .txt) apart from text in any 8-bit encoding.
 */
export function looksLikeText(chunk: Uint8Array): boolean {
  for (const byte of chunk) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return false;
    if (byte === 0x7f) return false;
  }
  return true;
}
