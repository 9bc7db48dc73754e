import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { emptyFile, FileTooLargeError, fileContentMismatch, fileTypeRefused } from './errors.ts';
import {
  type EvidenceFileType,
  fileTypeByExtension,
  looksLikeText,
  matchesSignature,
  SIGNATURE_LENGTH,
} from './file-types.ts';

/** The type a file must be: its extension and the content type asked for must agree. */
export function expectedFileType(fileName: string, contentType: string): EvidenceFileType {
  const type = fileTypeByExtension(fileName);
  if (!type || type.contentType !== contentType.split(';')[0]?.trim().toLowerCase())
    throw fileTypeRefused(fileName);
  return type;
}

/**
 * A pass-through that refuses a file as soon as it is known to be wrong: its first bytes do not
 * match the type, it is binary where text was promised, or it grows past the limit. It hashes
 * what passes, so the hash and size are final when the stream ends.
 */
export class EvidenceInspector extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private head: Buffer | null = Buffer.alloc(0);
  private digest: string | undefined;

  constructor(
    private readonly type: EvidenceFileType,
    private readonly fileName: string,
    private readonly maxBytes: number,
  ) {
    super();
  }

  get sha256(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    const refusal =
      this.size > this.maxBytes
        ? new FileTooLargeError(this.maxBytes)
        : !this.type.signatures && !looksLikeText(chunk)
          ? fileContentMismatch(this.fileName, this.type)
          : undefined;
    if (refusal) {
      callback(refusal);
      return;
    }
    this.hash.update(chunk);
    // Hold back the first bytes until the signature can be compared.
    if (this.head) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length >= SIGNATURE_LENGTH) this.releaseHead(callback);
      else callback();
      return;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.size === 0) callback(emptyFile(this.fileName));
    else if (this.head) this.releaseHead(callback);
    else callback();
  }

  private releaseHead(callback: TransformCallback): void {
    const head = this.head as Buffer;
    this.head = null;
    if (matchesSignature(this.type, head)) callback(null, head);
    else callback(fileContentMismatch(this.fileName, this.type));
  }
}
