import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the analyst builds a comparison, saves it and downloads the XLSX', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByLabel('Thư điện tử').fill('analyst@chiso.local');
  await page.getByLabel('Mật khẩu').fill('chiso-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'So sánh' })
    .click();
  await expect(page.getByRole('heading', { name: 'So sánh', exact: true })).toBeVisible();

  await page.getByLabel('So sánh theo').selectOption('CATEGORY');
  const heatmap = page.getByRole('table', { name: /Bản đồ nhiệt/ });
  await expect(heatmap.getByRole('row').nth(1)).toBeVisible();
  expect(await heatmap.getByRole('row').count()).toBeGreaterThan(5);
  await expect(page.getByRole('heading', { name: 'Tiêu chí yếu nhất' })).toBeVisible();

  await page.getByLabel('Tên phép so sánh').fill('Nhóm 1 theo hạng mục');
  await page.getByRole('button', { name: 'Lưu phép so sánh' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu “Nhóm 1 theo hạng mục”.' })).toBeVisible();
  const path = testInfo.outputPath('analyst-workbench.png');
  await page.screenshot({ path });
  await testInfo.attach('analyst-workbench', { path, contentType: 'image/png' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải Excel (XLSX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(statSync(file).size).toBeGreaterThan(0);
});
