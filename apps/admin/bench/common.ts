/** What the console's benchmarks share: a signed-in page of their own, and medians. */
import type { Browser, BrowserContext, Page } from '@playwright/test';

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** A laptop-sized Vietnamese page in a context of its own, signed in as a demo account; close the context. */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
  });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Thư điện tử').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('chiso-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}
