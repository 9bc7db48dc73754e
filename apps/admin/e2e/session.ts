/** What several browser specs do the same way: sign in, and run on an API of their own. */
import { resolve } from 'node:path';
import { type ApiProcess, freePort, startApiProcess } from '@chiso/testing/process';
import { demoDataFolder } from '@chiso/testing/templates';
import { type Page, test } from '@playwright/test';

/** The demo accounts' password (packages/db/src/seed/users.ts). */
const DEMO_PASSWORD = 'chiso-demo';

/** Opens the console and signs in; demo accounts by default. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/');
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/**
 * Runs the calling spec file, serially, on an API of its own over a fresh copy of the demo — for
 * specs that change what the others read (a period published, units imported), so the specs pass
 * in any order. The console it serves, and the server bundle it runs, are the ones playwright.config.ts
 * has just built.
 */
export async function onOwnApi(name: string): Promise<void> {
  const port = await freePort();
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  let api: ApiProcess | undefined;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    api = await startApiProcess({
      port,
      dataDir: await demoDataFolder(resolve(`test-results/e2e-data-${name}`)),
      env: { CHISO_EVIDENCE_DIR: resolve(`test-results/e2e-evidence-${name}`) },
      timeoutMs: 200_000,
      built: true,
    });
  });
  test.afterAll(() => api?.stop());
}
