import { expect, test } from '@playwright/test';

/**
 * A real province's first step: the admin gives a unit officer an account; the officer signs in with
 * the temporary password, is made to choose their own, then fills in and submits their unit's form.
 * Sở Du lịch's 2022 assessment (returned, every figure present in the demo) is used by no other spec.
 */
test('an officer account: created by the admin, temporary password changed, form submitted', async ({
  page,
}, testInfo) => {
  page.on('dialog', (dialog) => void dialog.accept());
  const signIn = async (email: string, password: string) => {
    await page.getByLabel('Thư điện tử').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  };

  await page.goto('/');
  await signIn('admin@chiso.local', 'chiso-demo');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Người dùng' })
    .click();
  await expect(page.getByRole('heading', { name: 'Người dùng', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const form = page.getByRole('form', { name: 'Tạo tài khoản' });
  await form.getByLabel('Thư điện tử').fill('dulich.canbo@chiso.local');
  await form.getByLabel('Họ tên').fill('Đỗ Thị Du');
  await expect(form.getByLabel('Vai trò')).toHaveValue('UNIT_OFFICER');
  // The unit search ignores diacritics.
  await form.getByLabel('Tìm đơn vị').fill('so du lich');
  await form.getByRole('button', { name: 'Gắn Sở Du lịch' }).click();
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();

  const secret = page.getByTestId('one-time-secret');
  await expect(secret).toHaveText(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);
  const temporary = (await secret.textContent()) ?? '';
  const row = page.getByRole('row').filter({ hasText: 'dulich.canbo@chiso.local' });
  await expect(row).toContainText('Sở Du lịch');
  await expect(row).toContainText('Chờ đổi mật khẩu');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  // The officer must choose a password before anything else.
  await signIn('dulich.canbo@chiso.local', temporary);
  await expect(page.getByRole('heading', { name: 'Đặt mật khẩu mới' })).toBeVisible();
  await page.getByLabel('Mật khẩu hiện tại').fill(temporary);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngắn');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('ngắn');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Mật khẩu phải có ít nhất 10 ký tự.')).toBeVisible();
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('du lich ha long 2022');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('du lich ha long 2022');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();

  await expect(page.getByRole('heading', { name: 'Phiếu đánh giá' })).toBeVisible();
  const form2022 = page.getByRole('row').filter({ hasText: '2022' }).filter({ hasText: 'Bị trả lại' });
  await form2022.getByRole('link', { name: 'Nhập số liệu' }).click();
  await expect(page.getByRole('heading', { name: /Sở Du lịch — 2022/ })).toBeVisible();

  // Correct one figure (the firewall, yes/no), save, then submit.
  const firewall = page.locator('#input-SS\\.04');
  await firewall.selectOption((await firewall.inputValue()) === 'yes' ? 'no' : 'yes');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByTestId('save-state')).toContainText(/Đã lưu lúc/);
  await page.getByRole('button', { name: 'Nộp phiếu' }).click();
  await expect(page.getByText('Đã nộp phiếu.')).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath('officer-account-submitted.png') });
  await testInfo.attach('officer-account-submitted', {
    path: testInfo.outputPath('officer-account-submitted.png'),
    contentType: 'image/png',
  });
});
