import { expect, type Page, test } from '@playwright/test';
import { onOwnApi, signIn } from './session.ts';

/**
 * The admin loads today's units: the committed Quảng Ninh 2025 extract (the 1 March 2025 catalogue and
 * the 1 July 2025 reorganisation) on top of the demo's 2022 units. It changes the unit list the other
 * specs read, so it runs on an API of its own over a fresh copy of the demo.
 */
await onOwnApi('units');

async function signInAsAdmin(page: Page) {
  await signIn(page, 'admin@chiso.local');
  await expect(page.getByRole('heading', { name: 'Bộ tiêu chí', exact: true })).toBeVisible();
}

test('the admin previews and imports the 2025 catalogue extract', async ({ page }, testInfo) => {
  await signInAsAdmin(page);
  await page.goto('/units');
  await page
    .getByRole('navigation', { name: 'Quản lý đơn vị' })
    .getByRole('link', { name: 'Nhập danh mục' })
    .click();
  await expect(page.getByRole('heading', { name: 'Nhập danh mục đơn vị hành chính' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Nhập danh mục' });
  await form.getByLabel('Danh mục', { exact: true }).selectOption('quang-ninh-2025');
  await form.getByLabel('Tỉnh').selectOption('22');
  await expect(form.getByRole('button', { name: 'Áp dụng' })).toBeDisabled();
  await form.getByRole('button', { name: 'Xem trước thay đổi' }).click();

  const preview = page.getByRole('region', { name: 'Sẽ thay đổi' });
  await expect(preview.getByTestId('count-created')).toContainText('53');
  await expect(preview.getByTestId('count-renamed')).toContainText('7');
  await expect(preview.getByTestId('count-ended')).toContainText('189');
  await preview.getByText('Đổi tên (7)').click();
  await expect(preview.getByText('Xã Bình Khê → Phường Bình Khê')).toBeVisible();
  const shot = testInfo.outputPath('units-import-preview.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('units-import-preview', { path: shot, contentType: 'image/png' });

  await form.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập danh mục.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Đã thay đổi' }).getByTestId('count-created')).toContainText(
    '53',
  );

  // The new special zone is a unit today, in the communes' group, with its 12 predecessors.
  await page.getByRole('link', { name: 'Cây đơn vị' }).click();
  await page.getByLabel('Tìm đơn vị (không cần dấu)').fill('dac khu van don');
  await page.getByRole('button', { name: 'Đặc khu Vân Đồn' }).click();
  const detail = page.getByRole('region', { name: 'Đặc khu Vân Đồn' });
  await expect(detail).toContainText('Nhóm 3: UBND cấp xã');
  await expect(detail).toContainText('Sáp nhập (1679/NQ-UBTVQH15)');
  await expect(detail).toContainText('Thị trấn Cái Rồng');
});

test('the admin takes a unit out of its group and puts it back', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/units/groups');
  await page.getByRole('button', { name: 'Nhóm 3: UBND cấp xã' }).click();
  const members = page.getByRole('region', { name: 'Đơn vị trong Nhóm 3: UBND cấp xã' });
  await members.getByLabel('Lọc (không cần dấu)').fill('cai chien');
  await members.getByRole('checkbox', { name: /Xã Cái Chiên/ }).check();
  await members.getByRole('button', { name: 'Bỏ 1 đơn vị khỏi nhóm' }).click();
  await expect(members.getByRole('checkbox', { name: /Xã Cái Chiên/ })).toHaveCount(0);

  await members.getByLabel('Thêm đơn vị vào nhóm').fill('cai chien');
  await members.getByRole('button', { name: 'Chọn Xã Cái Chiên' }).click();
  await members.getByRole('button', { name: 'Thêm 1 đơn vị' }).click();
  await expect(members.getByRole('checkbox', { name: /Xã Cái Chiên/ })).toBeVisible();
});
