import type { Readable } from 'node:stream';

export interface StoredFile {
  /** Opaque key, chosen by the store: never derived from the client's file name. */
  key: string;
  size: number;
  /** SHA-256 of the content, hex. */
  sha256: string;
}

/**
 * Where evidence files live. `put` checks the file (size limit, type by extension and signature),
 * hashes it while it streams, and leaves nothing behind when it fails. The local-disk store is the
 * default; an S3-compatible store would pipe through the same `inspectEvidence` check.
 */
export interface EvidenceStore {
  /** The largest file `put` accepts, in bytes. */
  readonly maxBytes: number;
  /** `fileName` is the safe display name (its extension names the type); `contentType` the type it must be. */
  put(stream: Readable, file: { fileName: string; contentType: string }): Promise<StoredFile>;
  get(key: string): Readable;
  /** Removes a file; a key that is already gone is not an error. */
  delete(key: string): Promise<void>;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** CHISO_EVIDENCE_MAX_MB, else 20 MB. */
export function maxBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const megabytes = Number(env.CHISO_EVIDENCE_MAX_MB);
  return Number.isFinite(megabytes) && megabytes > 0
    ? Math.floor(megabytes * 1024 * 1024)
    : DEFAULT_MAX_BYTES;
}
