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

test('the analyst reads a group’s ranking, filters it without diacritics and opens a unit', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByLabel('Thư điện tử').fill('analyst@chiso.local');
  await page.getByLabel('Mật khẩu').fill('chiso-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Kết quả xếp hạng' })).toBeVisible();
  await page.getByLabel('Nhóm đơn vị').selectOption({ label: 'Nhóm 3: UBND cấp xã' });
  const table = page.getByRole('table', { name: '177 đơn vị' });
  await expect(table.getByRole('row')).toHaveCount(178);
  // Ranked best first; points in vi-VN ("12,34 / 90").
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');
  await expect(table.getByRole('row').nth(1)).toContainText(/\d+,\d{2} \/ 90/);

  await page.getByLabel('Tìm đơn vị').fill('hong thai');
  const filtered = page.getByRole('table', { name: '2 đơn vị' });
  await expect(filtered.getByRole('link', { name: 'Xã Hồng Thái Tây' })).toBeVisible();
  await expect(filtered.getByRole('link', { name: 'Xã Hồng Thái Đông' })).toBeVisible();
  const path = testInfo.outputPath('analyst-ranking.png');
  await page.screenshot({ path });
  await testInfo.attach('analyst-ranking', { path, contentType: 'image/png' });

  await page.getByLabel('Tìm đơn vị').fill('');
  await page.getByLabel('Mức đạt').selectOption({ label: 'Không được xếp hạng' });
  const notRanked = page.getByRole('table', { name: /\d+ đơn vị/ });
  for (const row of (await notRanked.getByRole('row').all()).slice(1, 4)) {
    await expect(row).toContainText('Không được xếp hạng');
  }

  await page.getByLabel('Mức đạt').selectOption({ label: 'Tất cả' });
  await page.getByLabel('Tìm đơn vị').fill('hong gai');
  await page.getByRole('link', { name: 'Phường Hồng Gai' }).click();
  await expect(page.getByRole('heading', { name: /Phường Hồng Gai/ })).toBeVisible();
});
