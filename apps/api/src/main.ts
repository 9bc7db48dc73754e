/**
 * Quick start: the API on the embedded database (or DATABASE_URL), seeded with the demo on first
 * start, on PORT (default 4000).
 */

import { existsSync } from 'node:fs';
import { createPrismaClient } from '@chiso/db';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '@chiso/db/seed';
import { CONSOLE_DIST } from './console.ts';
import { createApp } from './server.ts';

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';

const db = await createPrismaClient({ migrate: true });
if ((await db.user.count()) === 0) {
  console.log('chiso: first start — loading the demo data (Quảng Ninh 2021–2022)…');
  const started = performance.now();
  await seedDemo(db);
  console.log(`chiso: demo data loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const app = await createApp({ db, logger: process.env.CHISO_LOG === '1' });
const close = async () => {
  await app.close();
  await db.$close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);
await app.listen({ port, host });

const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
console.log(`
chiso is running at ${url}
  Admin console    ${url}/${existsSync(`${CONSOLE_DIST}/index.html`) ? '' : '  (not built: pnpm --filter @chiso/admin build)'}
  GraphQL API      ${url}/graphql
  GraphQL IDE      ${url}/graphiql
  Health           ${url}/healthz
Demo sign-ins (password: ${DEMO_PASSWORD}):
${DEMO_USERS.map((user) => `  ${user.role.padEnd(13)} ${user.email}  ${user.name}`).join('\n')}
`);
