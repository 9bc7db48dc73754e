import { expect, type Page, test } from '@playwright/test';
import { signIn } from './session.ts';
import { expectNoEnglish } from './untranslated.ts';

async function shot(page: Page, testInfo: import('@playwright/test').TestInfo, name: string) {
  // Every screen shot is also read for English left in the Vietnamese console.
  await expectNoEnglish(page, name);
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: false });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('the reviewer returns one assessment, approves another, then bulk-approves two', async ({
  page,
}, testInfo) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await signIn(page, 'reviewer@chiso.local');
  await expect(page.getByRole('heading', { name: 'Thẩm định' })).toBeVisible();
  const rows = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Thẩm định' }) });
  await expect(rows.first()).toBeVisible();

  // Return the first submitted assessment with a reason.
  const first = rows.first();
  const returnedUnit = (await first.getByRole('cell').nth(1).textContent()) ?? '';
  await first.getByRole('link', { name: 'Thẩm định' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`${returnedUnit} — 2022`) })).toBeVisible();
  // Returning asks for confirmation and a reason.
  await page.getByRole('button', { name: 'Trả lại phiếu' }).click();
  const confirmReturn = page.getByRole('dialog', { name: /Trả lại phiếu cho đơn vị\?/ });
  await confirmReturn.getByLabel('Lý do trả lại').fill('Thiếu minh chứng cho tiêu chí 1.');
  await confirmReturn.getByRole('button', { name: 'Trả lại phiếu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã trả lại phiếu cho đơn vị.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Bị trả lại/ })).toBeVisible();
  await shot(page, testInfo, 'reviewer-returned');

  // The period's next submitted assessment is offered at once: approve it from there.
  await page.getByRole('link', { name: /^Phiếu tiếp theo: .+ →$/ }).click();
  await expect(page.getByRole('heading', { name: /Đã nộp/ })).toBeVisible();
  // An adjustment typed but not saved is not dropped silently: approving asks first.
  await page.getByLabel('Điểm thẩm định').first().fill('0');
  await page.getByRole('button', { name: 'Duyệt phiếu' }).click();
  const unsaved = page.getByRole('alertdialog', { name: 'Còn 1 điều chỉnh chưa lưu.' });
  await unsaved.getByRole('button', { name: 'Bỏ điều chỉnh rồi duyệt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã duyệt phiếu.' })).toBeVisible();
  await shot(page, testInfo, 'reviewer-approved');

  // Bulk: select two submitted ones and approve them together.
  await page.getByRole('link', { name: '← Thẩm định' }).click();
  const hrefs = await Promise.all(
    [0, 1].map((index) => rows.nth(index).getByRole('link', { name: 'Thẩm định' }).getAttribute('href')),
  );
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Duyệt 2 phiếu đã chọn' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã duyệt 2 phiếu.' })).toBeVisible();
  // Approved ones leave the queue of submitted assessments.
  for (const href of hrefs) await expect(page.locator(`a[href="${href}"]`)).toHaveCount(0);
  await shot(page, testInfo, 'reviewer-bulk-approved');
});
