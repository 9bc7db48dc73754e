/**
 * What the server does with its database on start: the demo goes only into the embedded default
 * (`npm start`), never into a database given by DATABASE_URL nor into one started with the
 * production flag; a database without accounts is explained, with the command that creates the
 * first administrator.
 */
import type { Db } from '@chiso/db';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '@chiso/db/seed';
import { formatNumber } from '@chiso/scoring';

export interface StartMode {
  /** DATABASE_URL names a PostgreSQL server. */
  external: boolean;
  /** CHISO_PRODUCTION=1 or `--production`: an embedded database that must stay free of the demo. */
  production: boolean;
}

export function startModeOf(env: NodeJS.ProcessEnv, argv: readonly string[]): StartMode {
  return {
    external: Boolean(env.DATABASE_URL),
    production:
      env.CHISO_PRODUCTION === '1' || env.CHISO_PRODUCTION === 'true' || argv.includes('--production'),
  };
}

/** Marks a database as a real one, so that a later start without the flag does not load the demo into it. */
const PRODUCTION_MARKER = 'database.production';

export type Prepared = 'demo-loaded' | 'demo' | 'no-accounts' | 'ready';

/** "Đã nạp dữ liệu mẫu trong 3,2 s / demo data loaded in 3.2 s": what the first start took to load the demo. */
export function demoLoadedLine(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `chiso: Đã nạp dữ liệu mẫu trong ${formatNumber(seconds, 'vi')} s / demo data loaded in ${formatNumber(seconds, 'en')} s`;
}

/**
 * Loads the demo into a fresh embedded database (no accounts, no units, never marked as production),
 * and says what the database holds: the demo, no account yet, or real accounts.
 */
export async function prepareDatabase(
  db: Db,
  mode: StartMode,
  log: (line: string) => void = console.log,
): Promise<Prepared> {
  const users = await db.user.count();
  if (users === 0) {
    const marked = await db.auditLog.count({ where: { action: PRODUCTION_MARKER } });
    // Units without accounts are someone's import: the demo goes only into an empty database.
    if (!mode.external && !mode.production && marked === 0 && (await db.unit.count()) === 0) {
      log(
        'chiso: lần chạy đầu, đang nạp dữ liệu mẫu (Quảng Ninh 2021–2022) / first start, loading the demo data…',
      );
      const started = performance.now();
      await seedDemo(db);
      log(demoLoadedLine(performance.now() - started));
      return 'demo-loaded';
    }
    if (marked === 0) {
      await db.auditLog.create({
        data: {
          actorKind: 'system',
          action: PRODUCTION_MARKER,
          entityType: 'Database',
          entityId: 'production',
        },
      });
    }
    return 'no-accounts';
  }
  const demo = await db.user.count({ where: { email: { in: DEMO_USERS.map((user) => user.email) } } });
  return demo > 0 ? 'demo' : 'ready';
}

/** The lines printed under the URLs: the demo sign-ins, or how to create the first administrator. */
export function accountsNotice(prepared: Prepared): string {
  if (prepared === 'demo' || prepared === 'demo-loaded') {
    return `Demo sign-ins (password: ${DEMO_PASSWORD}):
${DEMO_USERS.map((user) => `  ${user.role.padEnd(13)} ${user.email}  ${user.name}`).join('\n')}`;
  }
  if (prepared === 'no-accounts') {
    return `Chưa có tài khoản nào. Tạo quản trị viên đầu tiên bằng lệnh:
No account yet. Create the first administrator with:
  pnpm chiso users create-admin --email <email> [--name "<họ tên / full name>"]
(the same DATABASE_URL or CHISO_DATA_DIR as the server; the password is typed, or generated and shown once)`;
  }
  return '';
}
