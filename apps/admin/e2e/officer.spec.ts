import { expect, test } from '@playwright/test';
import { signIn } from './session.ts';

test('the unit officer fills in a criterion, saves, and sees the score change', async ({
  page,
}, testInfo) => {
  await signIn(page, 'vandon@chiso.local');

  // The officer lands on their assessments and sees only what their role may do.
  await expect(page.getByRole('heading', { name: 'Phiếu đánh giá' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link')).toHaveText(['Phiếu đánh giá', 'Kết quả']);

  // The 2022 district assessment is a draft.
  const row = page.getByRole('row').filter({ hasText: '2022' }).filter({ hasText: 'Bản nháp' });
  await row.getByRole('link', { name: 'Nhập số liệu' }).click();
  await expect(page.getByRole('heading', { name: /Huyện Vân Đồn — 2022/ })).toBeVisible();

  // The long form: the index jumps to a section; the action bar stays on screen with the progress,
  // and Submit waits while figures are missing.
  const index = page.getByRole('navigation', { name: 'Mục lục' });
  await index.getByRole('link', { name: /^KQ\.TT/ }).click();
  await expect(page.locator('#section-KQ\\.TT')).toBeInViewport();
  await expect(index.getByRole('link', { name: /^KQ\.TT/ })).toHaveAttribute('aria-current', 'location');
  const bar = page.getByRole('region', { name: 'Điểm và thao tác của phiếu' });
  await expect(bar).toBeInViewport();
  await expect(bar.getByTestId('entry-progress')).toHaveText(/^Đã nhập \d+\/\d+, thiếu minh chứng \d+$/);
  await expect(bar.getByRole('button', { name: 'Nộp phiếu' })).toBeDisabled();

  const total = page.getByTestId('total-points');
  const before = await total.textContent();
  expect(before).toMatch(/^\d+,\d\d$/);

  // KQ.HD.34 (yes/no, 0,50 points) has no value yet.
  const field = page.locator('#input-KQ\\.HD\\.34');
  await expect(field).toHaveValue('');
  await expect(page.getByTestId('points-KQ.HD.34')).toHaveText('0,00 / 0,50');
  await field.selectOption('yes');
  await expect(page.getByTestId('points-KQ.HD.34')).toHaveText('0,50 / 0,50');
  const after = await total.textContent();
  const toNumber = (text: string | null) => Number((text ?? '').replace(/\./g, '').replace(',', '.'));
  expect(toNumber(after) - toNumber(before)).toBeCloseTo(0.5, 2);

  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu 1 tiêu chí.' })).toBeVisible();

  // After a reload the saved value and the new total come back from the server.
  await page.reload();
  await expect(page.locator('#input-KQ\\.HD\\.34')).toHaveValue('yes');
  await expect(page.getByTestId('total-points')).toHaveText(after ?? '');

  // Evidence: upload a file to the criterion, see it listed with its download link.
  await page.locator('#evidence-add-KQ\\.HD\\.34 > summary').click();
  await page.locator('#ev-KQ\\.HD\\.34-title').fill('Biên bản kiểm tra');
  await page.locator('#ev-KQ\\.HD\\.34-documentNumber').fill('12/BB-UBND');
  await page.locator('#ev-KQ\\.HD\\.34-file').setInputFiles({
    name: 'bien-ban.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%chiso e2e\n'),
  });
  await page.locator('#evidence-add-KQ\\.HD\\.34').getByRole('button', { name: 'Đính kèm' }).click();
  await expect(page.getByRole('link', { name: 'Tải về bien-ban.pdf' })).toBeVisible();

  await page.getByTestId('points-KQ.HD.34').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('officer-saved.png') });
  await testInfo.attach('officer-saved', {
    path: testInfo.outputPath('officer-saved.png'),
    contentType: 'image/png',
  });
});
