import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `pnpm run build` of the API: the benchmarks drive the bundle production runs (`dist/main.js`). */
export async function buildServer(): Promise<void> {
  const build = spawn('pnpm', ['run', 'build'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'inherit',
  });
  await new Promise((resolve) => build.once('exit', resolve));
  if (build.exitCode !== 0) throw new Error('the build failed');
}

/**
 * Talking to the server under load (`startApiProcess` of `@chiso/testing/process`: the bundle,
 * `dist/main.js`, in a process of its own): a sign-in as the demo's analyst for the load's cookie, and
 * single requests.
 */

/** The session cookie of a sign-in. */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }',
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
