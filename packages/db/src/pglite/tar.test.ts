import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { filterTar } from './tar.ts';

const folder = mkdtempSync(join(tmpdir(), 'chiso-tar-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const list = (archive: string) =>
  execFileSync('tar', ['-tf', archive], { encoding: 'utf8' }).split('\n').filter(Boolean);

it('drops the entries it is told to from an archive GNU tar reads, keeping the others whole', () => {
  const data = join(folder, 'data');
  mkdirSync(join(data, 'pg_wal'), { recursive: true });
  writeFileSync(join(data, 'PG_VERSION'), '18\n');
  writeFileSync(join(data, 'pg_wal', '000000010000000000000001'), Buffer.alloc(5_000, 1));
  writeFileSync(join(data, 'pg_wal', '000000010000000000000002'), Buffer.alloc(70_000, 2));
  // A name past ustar's 100 bytes goes partly into the header's prefix field.
  const deep = join('base', 'a'.repeat(60), 'b'.repeat(60));
  mkdirSync(join(data, deep), { recursive: true });
  writeFileSync(join(data, deep, 'file'), 'kept');
  const archive = join(folder, 'data.tar');
  execFileSync('tar', ['--format=ustar', '-cf', archive, '-C', data, '.']);

  const filtered = filterTar(readFileSync(archive), (name) => !name.endsWith('0000000000000002'));
  const out = join(folder, 'filtered.tar');
  writeFileSync(out, filtered);
  expect(list(out)).toEqual(list(archive).filter((name) => !name.endsWith('0000000000000002')));
  expect(list(out)).toContain(`./${deep}/file`);
  const unpacked = join(folder, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xf', out, '-C', unpacked]);
  expect(readFileSync(join(unpacked, 'pg_wal', '000000010000000000000001'))).toEqual(Buffer.alloc(5_000, 1));
  expect(readFileSync(join(unpacked, deep, 'file'), 'utf8')).toBe('kept');
});
