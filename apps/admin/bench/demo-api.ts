import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ADMIN = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Starts the real API (serving the built console at /) on a port of its own over a fresh in-memory
 * demo, and waits until it answers /healthz: for `pnpm bench` and e2e specs that change the demo.
 */
export async function startDemoApi(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const api = spawn('pnpm', ['exec', 'tsx', '../api/src/main.ts'], {
    cwd: ADMIN,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CHISO_DATA_DIR: 'memory://', ...env },
  });
  const deadline = Date.now() + 200_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode})`);
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return api;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stopDemoApi(api);
  throw new Error('the API did not start within 200 s');
}

/** Stops the API's whole process group: pnpm, tsx and node. */
export function stopDemoApi(api: ChildProcess | undefined): void {
  if (!api?.pid || api.exitCode !== null) return;
  try {
    process.kill(-api.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
