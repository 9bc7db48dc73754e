import { createPrismaClient } from '@chiso/db';
import { DEMO_PASSWORD, seedDemo } from '@chiso/db/seed';
import { type Output, onDatabase } from '../io.ts';

/**
 * `chiso demo load`: the demo data (Quảng Ninh 2021–2022 and the demo sign-ins) into the database
 * the server uses, when asked for explicitly. Only into a database that holds nobody and no units,
 * so a real installation can never get the published demo password by accident.
 */
export async function demoLoadCommand(out: Output): Promise<number> {
  return onDatabase(await createPrismaClient({ migrate: true }), out, async (db) => {
    const [users, units] = await Promise.all([db.user.count(), db.unit.count()]);
    if (users > 0 || units > 0) {
      throw new Error(
        `the database already holds ${users} accounts and ${units} units: the demo loads only into an empty database`,
      );
    }
    const started = performance.now();
    // Each step's seconds, so a slow load says where its time went.
    const phases: string[] = [];
    await seedDemo(db, { onPhase: (phase, ms) => phases.push(`${phase} ${(ms / 1000).toFixed(2)} s`) });
    out.line(
      `demo data loaded in ${((performance.now() - started) / 1000).toFixed(1)} s (password: ${DEMO_PASSWORD})`,
    );
    out.line(`  ${phases.join(' · ')}`);
  });
}
