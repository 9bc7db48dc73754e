import { statSync } from 'node:fs';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { signIn } from './session.ts';
import { expectNoEnglish } from './untranslated.ts';

/** A screenshot kept as a test artifact. */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  // Every screen shot is also read for English left in the Vietnamese console.
  await expectNoEnglish(page, name);
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('the analyst builds a comparison, saves it and downloads the XLSX', async ({ page }, testInfo) => {
  await signIn(page, 'analyst@chiso.local');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'So sánh' })
    .click();
  await expect(page.getByRole('heading', { name: 'So sánh', exact: true })).toBeVisible();

  // The demo has one published period (2021; 2022 is still under way for the other specs), so there
  // is nothing earlier to compare with, and the page says so. Period deltas: PeriodDeltas.test.tsx.
  await expect(page.getByLabel('So với kỳ trước')).toBeDisabled();
  await expect(page.getByText('Chưa có kỳ công bố nào trước kỳ này để so sánh.')).toBeVisible();

  // Two criteria groups, in points.
  await page.getByLabel('So sánh theo').selectOption('GROUP');
  await page.getByLabel('Số đo').selectOption({ label: 'Điểm' });
  await page.getByText(/^Đã chọn 7\/7 mục để so sánh$/).click();
  await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Chưa chọn mục nào để so sánh.' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'KQ.GD Mức độ giao dịch' }).check();
  await page.getByRole('checkbox', { name: 'SS.HT Cơ sở hạ tầng thông tin' }).check();
  await expect(page.getByText(/^Đã chọn 2\/7 mục để so sánh$/)).toBeVisible();
  const heatmap = page.getByRole('table', { name: /Bản đồ nhiệt: điểm/ });
  // Document order, whatever order they were ticked in.
  await expect(heatmap.getByRole('columnheader')).toHaveText(['Đơn vị', 'SS.HT', 'KQ.GD']);
  expect(await heatmap.getByRole('row').count()).toBeGreaterThan(5);
  const firstCell = heatmap.getByRole('row').nth(1).getByRole('cell').first();
  await expect(firstCell).toHaveText(/^\d+,\d{2}$/);
  // A cell says what it is when the pointer reaches it: unit · node: share (points).
  await firstCell.hover();
  await expect(firstCell).toHaveAttribute(
    'title',
    /^.+ · Cơ sở hạ tầng thông tin: \d+,\d{2}% \(\d+,\d{2}\)$/,
  );
  await expect(page.getByRole('heading', { name: 'Tiêu chí yếu nhất' })).toBeVisible();

  // The distribution of a chosen node, in vi-VN numbers, with its box plot.
  await page.getByRole('region', { name: 'Phân bố điểm' }).getByLabel('Mục').selectOption('KQ.GD');
  const spread = page.getByRole('table', { name: 'Phân bố điểm của KQ.GD' });
  await expect(spread.getByRole('row', { name: /^Trung vị/ })).toHaveText(/^Trung vị\d+,\d{2}$/);
  await expect(spread.getByRole('row', { name: /^Số đơn vị/ })).toHaveText(/^Số đơn vị\d+$/);
  await expect(spread.getByRole('row', { name: /^Đạt điểm tối đa/ })).toHaveText(/\(\d+,\d{2}%\)$/);
  await expect(
    page
      .getByRole('figure', { name: /Biểu đồ hộp: KQ.GD/ })
      .locator('svg')
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: /Số đơn vị theo khoảng chỉ số của KQ.GD/ })).toContainText(
    'Rất cao',
  );
  await shot(page, testInfo, 'analyst-workbench');

  await page.getByLabel('Tên phép so sánh').fill('Nhóm 1: hạ tầng và giao dịch');
  await page.getByRole('button', { name: 'Lưu phép so sánh' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Đã lưu “Nhóm 1: hạ tầng và giao dịch”.' }),
  ).toBeVisible();
  const saved = page.getByRole('region', { name: 'Phép so sánh đã lưu' });
  await expect(saved.getByRole('listitem').filter({ hasText: 'Nhóm 1: hạ tầng và giao dịch' })).toContainText(
    'Nhóm tiêu chí (2) · Điểm',
  );

  // Something else entirely, then the saved one reopened: its choices come back.
  await page.getByLabel('So sánh theo').selectOption('CATEGORY');
  await page.getByLabel('Số đo').selectOption({ label: 'Tỉ lệ điểm (%)' });
  await expect(page.getByRole('table', { name: /Bản đồ nhiệt: tỷ lệ/ }).getByRole('columnheader')).toHaveText(
    ['Đơn vị', 'SS', 'KQ'],
  );
  await saved.getByRole('button', { name: 'Mở “Nhóm 1: hạ tầng và giao dịch”' }).click();
  await expect(page.getByLabel('So sánh theo')).toHaveValue('GROUP');
  await expect(page.getByLabel('Số đo')).toHaveValue('POINTS');
  await expect(heatmap.getByRole('columnheader')).toHaveText(['Đơn vị', 'SS.HT', 'KQ.GD']);
  await expect(page).toHaveURL(/nodes=SS\.HT%2CKQ\.GD/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải Excel (XLSX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('so-sanh-group.xlsx');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(statSync(file).size).toBeGreaterThan(0);

  // At tablet width the page itself does not scroll sideways (wide tables scroll inside themselves).
  await page.setViewportSize({ width: 820, height: 1180 });
  await expect(heatmap).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
  await shot(page, testInfo, 'analyst-workbench-tablet');
});

test('the analyst reads a group’s ranking, filters it without diacritics and opens a unit', async ({
  page,
}, testInfo) => {
  await signIn(page, 'analyst@chiso.local');
  await expect(page.getByRole('heading', { name: 'Kết quả xếp hạng' })).toBeVisible();
  // The demo's people work for Quảng Ninh: the header says so (they see its units only).
  await expect(page.getByRole('banner')).toContainText('Phân tích · Tỉnh Quảng Ninh');
  await page.getByLabel('Nhóm đơn vị').selectOption({ label: 'Nhóm 3: UBND cấp xã' });
  const table = page.getByRole('table', { name: '177 đơn vị' });
  // 177 units, the header, and the heading of those not ranked in every category (không xếp hạng chung).
  await expect(table.getByRole('row')).toHaveCount(179);
  // The group's published report, as the Sở sends it (the PDF and the figures: the API's tests).
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải báo cáo (DOCX)' }).click(),
  ]);
  expect(report.suggestedFilename()).toBe('bao-cao-2021-nhom-3.docx');
  // Ranked best first; points in vi-VN ("12,34 / 90").
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');
  await expect(table.getByRole('row').nth(1)).toContainText(/\d+,\d{2} \/ 90/);
  // The units without a place follow the ranked ones, each saying why it has none.
  const heading = table.getByRole('rowheader', { name: /^Không xếp hạng chung: \d+ đơn vị/ });
  await expect(heading).toBeVisible();
  const unplaced = table.locator('tbody.not-ranked-overall tr:not(.group-heading)');
  await expect(unplaced.first().getByRole('cell').first()).toHaveText('Không xếp hạng');
  await expect(unplaced.first().getByRole('cell').first().locator('span')).toHaveAttribute(
    'title',
    /Không được xếp hạng ở hạng mục/,
  );

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
  // Not ranked in a category means no overall rank: after the header, the "không xếp hạng chung" heading.
  for (const row of (await notRanked.getByRole('row').all()).slice(2, 5)) {
    await expect(row).toContainText('Không được xếp hạng');
  }

  await page.getByLabel('Mức đạt').selectOption({ label: 'Tất cả' });
  await page.getByLabel('Tìm đơn vị').fill('hong gai');
  await page.getByRole('link', { name: 'Phường Hồng Gai' }).click();
  await expect(page.getByRole('heading', { name: /Phường Hồng Gai/ })).toBeVisible();
  // Below the tree, the path to the next level per category, computed in the browser; trying a
  // plan scores it there too and the category reaches its level.
  await expect(page.getByRole('heading', { name: 'Lên mức tiếp theo' })).toBeVisible();
  const withPlan = page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: 'Thử kế hoạch này' }) })
    .first();
  const card = page.getByRole('article', { name: (await withPlan.getAttribute('aria-label')) ?? '' });
  await expect(card).toContainText(/Để lên Mức \d ở .+: cần thêm \d+,\d\d điểm ở /);
  const target = (await card.textContent())?.match(/Để lên Mức (\d)/)?.[1] ?? '1';
  await card.getByRole('button', { name: 'Thử kế hoạch này' }).click();
  await expect(page.getByRole('status')).toContainText(/Tổng điểm: [\d.,]+ → [\d.,]+ \/ 90,00/);
  await expect(card.getByRole('heading')).toContainText(new RegExp(`— Mức [${target}-9]$`));
  await shot(page, testInfo, 'analyst-next-level');
});
