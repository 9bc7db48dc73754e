import { defineConfig } from 'vitest/config';
import { databaseTests } from '../../vitest.shared.ts';

// `units import` and `users create-admin` run as people do: they create and migrate their own
// embedded database (so no template), and set their own, longer timeouts. `backup`/`restore` start
// from the run's demo template; `test:pg` repeats only them, on PostgreSQL.
export default defineConfig({
  test: {
    ...databaseTests,
    ...(process.env.CHISO_TEST_BACKEND === 'postgres' ? { include: ['src/commands/backup.test.ts'] } : {}),
  },
});
