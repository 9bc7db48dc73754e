import { createAdmin } from '@chiso/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsNotice, demoLoadedLine, prepareDatabase, startModeOf } from './start.ts';
import { Client, startTestServer, type TestServer, testBackends } from './test/harness.ts';

describe('the start mode', () => {
  it('is production for DATABASE_URL, CHISO_PRODUCTION=1 and --production', () => {
    expect(startModeOf({}, [])).toEqual({ external: false, production: false });
    expect(startModeOf({ DATABASE_URL: 'postgresql://x/y' }, [])).toEqual({
      external: true,
      production: false,
    });
    expect(startModeOf({ CHISO_PRODUCTION: '1' }, [])).toMatchObject({ production: true });
    expect(startModeOf({}, ['--production'])).toMatchObject({ production: true });
  });
});

describe('the first start’s line', () => {
  it('says how long the demo took, in Vietnamese then English figures', () => {
    expect(demoLoadedLine(3_240)).toBe('chiso: Đã nạp dữ liệu mẫu trong 3,2 s / demo data loaded in 3.2 s');
  });
});

describe.each(await testBackends())('a production start on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)(
    'loads no demo into an empty database, says how to begin, and create-admin lets an admin in',
    async () => {
      const lines: string[] = [];
      expect(
        await prepareDatabase(server.db, { external: true, production: false }, (line) => lines.push(line)),
      ).toBe('no-accounts');
      // Marked: a later start without the flag will not load the demo either.
      expect(await prepareDatabase(server.db, { external: false, production: false })).toBe('no-accounts');
      expect(lines).toEqual([]);
      expect(await server.db.user.count()).toBe(0);
      expect(await server.db.unit.count()).toBe(0);
      const notice = accountsNotice('no-accounts');
      expect(notice).toContain('pnpm chiso users create-admin --email');
      expect(notice).not.toContain('chiso-demo');

      const created = await createAdmin(server.db, { email: 'Giam.Doc@stttt.example.vn', name: 'Giám Đốc' });
      expect(created.generated).toBe(true);
      const admin = new Client(server.url);
      await admin.signIn('giam.doc@stttt.example.vn', created.password);
      expect(await admin.data('{ me { role mustChangePassword } }')).toEqual({
        me: { role: 'ADMIN', mustChangePassword: true },
      });
      await admin.data(
        `mutation ($current: String!) { changeOwnPassword(input: { currentPassword: $current, newPassword: "so thong tin 2026" }) { __typename } }`,
        { current: created.password },
      );
      expect(await admin.data('{ users { totalCount } }')).toEqual({ users: { totalCount: 1 } });
      expect(await prepareDatabase(server.db, { external: true, production: false })).toBe('ready');
      await expect(createAdmin(server.db, { email: 'giam.doc@stttt.example.vn' })).rejects.toMatchObject({
        code: 'EMAIL_TAKEN',
      });
      await expect(
        createAdmin(server.db, { email: 'x@stttt.example.vn', password: 'chiso-demo' }),
      ).rejects.toMatchObject({
        code: 'WEAK_PASSWORD',
      });
    },
  );
});
