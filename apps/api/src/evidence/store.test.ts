import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { FileTooLargeError } from './errors.ts';
import { contentDisposition, safeFileName } from './file-name.ts';
import { LocalEvidenceStore } from './local-store.ts';
import { filesUnder, PDF } from './testing.ts';

/** A stream delivering the bytes in small chunks, as a network upload does. */
const chunked = (bytes: Buffer, size = 7) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    ),
  );

describe('local evidence store', () => {
  let root: string;
  let store: LocalEvidenceStore;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'chiso-evidence-'));
    store = new LocalEvidenceStore({ root, maxBytes: 1024 });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores a file under a random key with its size and SHA-256, and reads it back', async () => {
    const stored = await store.put(chunked(PDF), {
      fileName: 'quyet-dinh.pdf',
      contentType: 'application/pdf',
    });
    expect(stored.key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(stored.size).toBe(PDF.length);
    expect(stored.sha256).toBe((await import('node:crypto')).createHash('sha256').update(PDF).digest('hex'));
    expect(await readFile(path.join(root, stored.key))).toEqual(PDF);
    const chunks: Buffer[] = [];
    for await (const chunk of store.get(stored.key)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(PDF);
    await store.delete(stored.key);
    await store.delete(stored.key); // already gone: not an error
    expect(await filesUnder(root)).toEqual([]);
  });

  it('refuses a file over the limit while it streams and leaves nothing behind', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(2048, 0x20)]);
    const refused = await store
      .put(chunked(big, 100), { fileName: 'big.pdf', contentType: 'application/pdf' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FileTooLargeError);
    expect((refused as FileTooLargeError).messages).toEqual({
      vi: 'Tệp quá lớn: tối đa 1 KB. Hãy nén hoặc tách tệp rồi tải lên lại.',
      en: 'The file is too large: at most 1 KB. Compress or split it and upload again.',
    });
    expect(await filesUnder(root)).toEqual([]);
  });

  it.each([
    [
      'an executable renamed .pdf',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      'setup.pdf',
      'application/pdf',
    ],
    ['a PDF named .png', PDF, 'anh.png', 'image/png'],
    ['binary content named .txt', Buffer.from('abc\x00\x01def'), 'notes.txt', 'text/plain'],
    ['a type outside the list', Buffer.from('#!/bin/sh\n'), 'run.sh', 'application/x-sh'],
    ['an extension that disagrees with the type', PDF, 'x.pdf', 'image/png'],
    ['an empty file', Buffer.alloc(0), 'empty.pdf', 'application/pdf'],
  ])(
    'refuses %s with a validation error and leaves nothing behind',
    async (_, bytes, fileName, contentType) => {
      const refused = await store
        .put(Readable.from([bytes]), { fileName, contentType })
        .catch((error) => error);
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).code).toBe('VALIDATION_FAILED');
      expect((refused as AppError).issues[0]?.path).toBe('file');
      expect(await filesUnder(root)).toEqual([]);
    },
  );

  it('accepts each listed type by its signature', async () => {
    const samples: Array<[string, string, Buffer]> = [
      ['a.png', 'image/png', Buffer.from('89504e470d0a1a0a0000', 'hex')],
      ['a.jpg', 'image/jpeg', Buffer.from('ffd8ffe000104a464946', 'hex')],
      [
        'a.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        Buffer.from('PK\x03\x04rest'),
      ],
      ['a.xls', 'application/vnd.ms-excel', Buffer.from('d0cf11e0a1b11ae10000', 'hex')],
      ['a.csv', 'text/csv', Buffer.from('mã,tên\n26,Quảng Ninh\r\n')],
      ['a.txt', 'text/plain', Buffer.from('x')],
    ];
    for (const [fileName, contentType, bytes] of samples) {
      const stored = await store.put(Readable.from([bytes]), { fileName, contentType });
      expect(stored.size).toBe(bytes.length);
      await store.delete(stored.key);
    }
  });

  it('never turns a key into a path outside its folder', () => {
    expect(() => store.get('../../etc/passwd')).toThrow(/Not an evidence storage key/);
    expect(() => store.get('ab/../../x')).toThrow(/Not an evidence storage key/);
  });
});

describe('file names', () => {
  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\cb\\Desktop\\Quyết định 12.pdf', 'Quyết định 12.pdf'],
    ['bao\u0000cao\u001f.pdf', 'baocao.pdf'],
    ['hoa-don\u202Efdp.exe', 'hoa-donfdp.exe'],
    ['..', 'minh-chung'],
    ['.hidden.txt', 'hidden.txt'],
    ['a<b>:"c|d?.txt', 'a_b___c_d_.txt'],
    [`${'x'.repeat(500)}.pdf`, `${'x'.repeat(176)}.pdf`],
  ])('%j is shown as %j', (clientName, shown) => {
    expect(safeFileName(clientName)).toBe(shown);
  });

  it('offers the exact Vietnamese name on download, with an ASCII fallback', () => {
    expect(contentDisposition('attachment', 'Quyết định "số" 12.pdf')).toBe(
      `attachment; filename="Quyet dinh _so_ 12.pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20%22s%E1%BB%91%22%2012.pdf`,
    );
  });
});
