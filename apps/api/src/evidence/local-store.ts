import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { EvidenceInspector, expectedFileType } from './inspect.ts';
import { type EvidenceStore, maxBytesFromEnv, type StoredFile } from './store.ts';

/** <repo>/.data/evidence, next to the embedded database's .data/pglite. */
const DEFAULT_EVIDENCE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../..',
  '.data',
  'evidence',
);

// Keys are "<2 hex>/<uuid>": random, so two uploads of one document never share (and never
// delete) each other's file, and a folder per prefix keeps directories small.
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface LocalEvidenceStoreOptions {
  /** Defaults to CHISO_EVIDENCE_DIR, then <repo>/.data/evidence. */
  root?: string;
  /** Defaults to CHISO_EVIDENCE_MAX_MB, then 20 MB. */
  maxBytes?: number;
}

export class LocalEvidenceStore implements EvidenceStore {
  readonly root: string;
  readonly maxBytes: number;

  constructor(options: LocalEvidenceStoreOptions = {}) {
    this.root = path.resolve(options.root ?? process.env.CHISO_EVIDENCE_DIR ?? DEFAULT_EVIDENCE_DIR);
    this.maxBytes = options.maxBytes ?? maxBytesFromEnv();
  }

  async put(stream: Readable, file: { fileName: string; contentType: string }): Promise<StoredFile> {
    let type: ReturnType<typeof expectedFileType>;
    try {
      type = expectedFileType(file.fileName, file.contentType);
    } catch (error) {
      stream.resume();
      throw error;
    }
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    const target = this.pathOf(key);
    // Written under a temporary name and renamed when complete: a reader never sees half a file.
    const partial = `${target}.partial`;
    await mkdir(path.dirname(target), { recursive: true });
    const inspector = new EvidenceInspector(type, file.fileName, this.maxBytes);
    const output = createWriteStream(partial, { flags: 'wx', mode: 0o640 });
    try {
      await pipeline(stream, inspector, output);
      await rename(partial, target);
    } catch (error) {
      // A refused file can fail the pipeline before its file has even opened: remove it once closed,
      // or the open would create it again after the removal.
      if (!output.closed) await once(output, 'close').catch(() => undefined);
      await rm(partial, { force: true });
      throw error;
    }
    return { key, size: inspector.size, sha256: inspector.sha256 };
  }

  get(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Only keys this store made map to a path, so a tampered key cannot reach outside the root. */
  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Not an evidence storage key: ${JSON.stringify(key)}`);
    return path.join(this.root, key);
  }
}
