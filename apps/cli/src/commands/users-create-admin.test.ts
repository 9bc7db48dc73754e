import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrismaClient, verifyPassword } from '@chiso/db';
import { afterAll, describe, expect, it } from 'vitest';
import { demoLoadCommand } from './demo-load.ts';
import { usersCreateAdminCommand } from './users-create-admin.ts';

const scratch = mkdtempSync(join(tmpdir(), 'chiso-admin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A command on the scratch embedded database, as `pnpm chiso …` would run it there. */
async function onScratch(command: (out: { line(text?: string): void }) => Promise<number>) {
  const saved = { ...process.env };
  process.env.CHISO_DATA_DIR = join(scratch, 'pglite');
  delete process.env.DATABASE_URL;
  const lines: string[] = [];
  try {
    const code = await command({ line: (text = '') => lines.push(text) });
    return { code, text: lines.join('\n') };
  } finally {
    process.env = saved;
  }
}

const chiso = (argv: string[], typed?: string) =>
  onScratch((out) => usersCreateAdminCommand(argv, out, { read: async () => typed }));

// The command migrates and opens its own embedded database, as people run it: seconds.
describe('chiso users create-admin', { timeout: 180_000 }, () => {
  it('creates an admin with a generated password shown once, then one with a typed password', async () => {
    const generated = await chiso(['--email', 'Giam.Doc@stttt.example.vn', '--name', 'Giám Đốc Sở']);
    expect(generated.code).toBe(0);
    const password = generated.text.match(/: ([a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5})$/m)?.[1];
    expect(generated.text).toContain('Đã tạo quản trị viên giam.doc@stttt.example.vn.');
    expect(password).toBeDefined();

    const weak = await chiso(['--email', 'pho@stttt.example.vn', '--lang', 'en'], 'short');
    expect(weak).toEqual({ code: 1, text: 'error: The password must have at least 10 characters.' });
    const typed = await chiso(['--email', 'pho@stttt.example.vn', '--lang', 'en'], 'mot mat khau dai');
    expect(typed).toEqual({ code: 0, text: 'Administrator pho@stttt.example.vn created.' });
    const again = await chiso(['--email', 'pho@stttt.example.vn']);
    expect(again).toEqual({ code: 1, text: 'error: Đã có tài khoản với email pho@stttt.example.vn.' });
    expect((await chiso([])).code).toBe(2);
    // A province's admin names a province the database holds (this one has no units yet).
    expect(await chiso(['--email', 'tinh@stttt.example.vn', '--province', '22'], 'mot mat khau dai')).toEqual(
      {
        code: 1,
        text: 'error: Không có tỉnh nào mang mã 22.',
      },
    );

    const db = await createPrismaClient({ dataDir: join(scratch, 'pglite') });
    try {
      const users = await db.user.findMany({ orderBy: { email: 'asc' } });
      expect(
        users.map(({ email, name, role, mustChangePassword }) => ({ email, name, role, mustChangePassword })),
      ).toEqual([
        { email: 'giam.doc@stttt.example.vn', name: 'Giám Đốc Sở', role: 'ADMIN', mustChangePassword: true },
        {
          email: 'pho@stttt.example.vn',
          name: 'pho@stttt.example.vn',
          role: 'ADMIN',
          mustChangePassword: false,
        },
      ]);
      expect(await verifyPassword(users[0]?.passwordHash ?? '', password ?? '')).toBe(true);
      expect(await db.unit.count()).toBe(0);
    } finally {
      await db.$close();
    }

    // The demo never goes into a database that has accounts (its password is published).
    expect(await onScratch(demoLoadCommand)).toEqual({
      code: 1,
      text: 'error: the database already holds 2 accounts and 0 units: the demo loads only into an empty database',
    });
  });
});
