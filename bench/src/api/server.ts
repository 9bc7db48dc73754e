/**
 * The server under load: `apps/api/src/main.ts` in a process of its own (as `pnpm serve` runs it,
 * response cache included), on a free port, over the embedded database (a throw-away one it fills
 * with the demo) or a PostgreSQL database. And a sign-in as the demo's analyst for the load's cookie.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const API = fileURLToPath(new URL('../../../apps/api', import.meta.url));

export interface RunningServer {
  url: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the API; `databaseUrl` null = the embedded database in memory, seeded with the demo. */
export async function startServer(databaseUrl: string | null): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.CHISO_DATA_DIR = 'memory://';
  }
  const child: ChildProcess = spawn('pnpm', ['exec', 'tsx', 'src/main.ts'], {
    cwd: API,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // its process group: pnpm, tsx and node
      } catch {
        // already gone
      }
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error('the API did not start within 300 s');
}

/** The session cookie of a sign-in. */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
      variables: { e: email, p: password },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in as ${email} failed: ${await response.text()}`);
  return cookie;
}

/** One GraphQL request with a cookie; throws on errors (for ids and warm-ups). */
export async function ask(
  url: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: answers of several shapes, read by the caller
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return { data: body.data, bytes: Number(response.headers.get('content-length') ?? 0) };
}
