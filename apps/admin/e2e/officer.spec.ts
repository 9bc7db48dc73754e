import { expect, test } from '@playwright/test';
import { signIn } from './session.ts';
import { expectNoEnglish } from './untranslated.ts';

test('the unit officer fills in a criterion, saves, and sees the score change', async ({
  page,
}, testInfo) => {
  // The officer's whole year in one flow (entry, evidence, offline, problems, the plan): longer than most.
  test.setTimeout(120_000);
  await signIn(page, 'vandon@chiso.local');

  // The officer lands on their assessments and sees only what their role may do.
  await expect(page.getByRole('heading', { name: 'Phiếu đánh giá' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link')).toHaveText(['Phiếu đánh giá', 'Kết quả', 'Kế hoạch']);

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
  const saveState = page.getByTestId('save-state');
  await expect(saveState).toContainText(/Đã lưu lúc \d\d:\d\d/);

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

  // Offline: what is typed stays in this browser across a reload and reaches the server once it answers;
  // a bad figure is held back, marked at its field, without holding back the good one.
  // (An offline reload cannot load the console itself, so for the reload only the saves are cut off.)
  const computers = page.locator('#input-SS\\.19');
  const typed = (await computers.inputValue()) === '87' ? '88' : '87';
  await page.context().setOffline(true);
  await computers.fill(typed);
  await page.locator('#input-SS\\.20').fill('150');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(saveState).toContainText('Chưa lưu lên máy chủ (2 thay đổi). Đã giữ trên trình duyệt này');
  await page.route('**/graphql', (route) =>
    route.request().postData()?.includes('saveAssessmentEntries')
      ? route.abort('internetdisconnected')
      : route.fallback(),
  );
  await page.context().setOffline(false);
  const leaving = page.waitForEvent('dialog');
  const reloaded = page.reload();
  const warning = await leaving; // the leave-page warning
  expect(warning.type()).toBe('beforeunload');
  await warning.accept();
  await reloaded;
  await expect(computers).toHaveValue(typed);
  await expect(saveState).toContainText('Chưa lưu lên máy chủ (2 thay đổi).');
  await page.unroute('**/graphql');
  // The connection coming back (the browser's `online` event) sends what the server will take.
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await expect(saveState).toContainText('Chưa lưu lên máy chủ (1 thay đổi).');
  await expect(page.locator('[data-code="SS.20"]')).toContainText('Tỷ lệ phải từ 0 đến 100 (đã nhập 150)');
  const stored = await page.request.post('/graphql', {
    data: {
      query: 'query($id: ID!) { node(id: $id) { ... on Assessment { entries { nodeCode input } } } }',
      variables: { id: decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '') },
    },
  });
  const { data } = (await stored.json()) as {
    data: { node: { entries: Array<{ nodeCode: string; input: unknown }> } };
  };
  expect(data.node.entries.find((entry) => entry.nodeCode === 'SS.19')?.input).toBe(Number(typed));

  // A wrong value of each kind that can take one through its control is named in Vietnamese at its
  // field before saving (the same check the server makes), and again after Save refuses it. Yes/no
  // and choice are selects: they offer only valid answers (RuleInput.test.tsx covers them).
  const wrong: Array<[code: string, typed: string | [string, string], message: string]> = [
    ['SS.01', '120', 'Tỷ lệ phải từ 0 đến 100 (đã nhập 120)'], // share
    ['SS.11.b', ['5', '3'], 'Tử số (5) không được lớn hơn mẫu số (3)'], // ratio
    ['SS.05', 'abc', 'Giá trị phải là một số'], // steps
    ['SS.31', '-2', 'Số lượng phải là số nguyên ≥ 0'], // capped count
    ['KQ.HD.35', '1,5', 'Điểm phải từ 0 đến 1, tối đa hai chữ số thập phân'], // manual, max 1
    ['KQ.HD.40', '-3', 'Giá trị phải là một số ≥ 0'], // best in cohort
  ];
  const input = (code: string) => page.locator(`#input-${code.replace(/\./g, '\\.')}`);
  const errorAt = (code: string) => page.locator(`#input-${code.replace(/\./g, '\\.')}-error`);
  for (const [code, typed, message] of wrong) {
    if (Array.isArray(typed)) {
      await input(code).fill(typed[0]);
      await page.locator(`#input-${code.replace(/\./g, '\\.')}-denominator`).fill(typed[1]);
    } else await input(code).fill(typed);
    await expect(errorAt(code)).toHaveText(message);
  }
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  // Held back or refused by the server: the same problem stays at each field.
  for (const [code, , message] of wrong) await expect(errorAt(code)).toContainText(message);
  // The whole form, its problems included, is in Vietnamese.
  await expectNoEnglish(page, 'officer-entry');

  await page.getByTestId('points-KQ.HD.34').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('officer-saved.png') });
  await testInfo.attach('officer-saved', {
    path: testInfo.outputPath('officer-saved.png'),
    contentType: 'image/png',
  });

  // Vân Đồn's plan for 2022 across both sets (2021's points are the base: SS.46 0, KQ.HD.34 0,
  // TP.04 0,79), and its progress from the entries saved above (KQ.HD.34 answered "yes").
  await page.goto('/plans');
  await page.getByRole('button', { name: 'Lập kế hoạch nâng điểm' }).click();
  await expect(
    page.getByRole('heading', { name: 'Kế hoạch nâng điểm của Huyện Vân Đồn, kỳ 2022' }),
  ).toBeVisible();
  const targets: Array<[criterion: string, defaultPoints: string]> = [
    ['btttt-2392-district/SS.46', '1'],
    ['btttt-2392-district/KQ.HD.34', '0,5'],
    ['qn-268-district-supplement/TP.04', '1'],
  ];
  for (const [index, [criterion, points]] of targets.entries()) {
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await page.locator(`#target-${index}-nodeCode`).selectOption(criterion);
    await expect(page.locator(`#target-${index}-targetPoints`)).toHaveValue(points);
    await page.locator(`#target-${index}-owner`).fill('Phòng Văn hóa và Thông tin');
    await page.locator(`#target-${index}-dueOn`).fill('30/11/2022');
  }
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  const gains = page.getByTestId('plan-gains').getByRole('row');
  await expect(gains).toHaveCount(5);
  await expect(gains.filter({ hasText: 'Điều kiện sẵn sàng' })).toContainText('+1,00');
  await expect(gains.filter({ hasText: 'Kết quả' }).first()).toHaveText(/\+0,50\s*\+0,50$/);
  await expect(gains.filter({ hasText: 'Tổng cộng' })).toContainText('+1,71');
  await page.getByRole('button', { name: 'Gửi Sở duyệt' }).click();
  await expect(page.getByTestId('target-KQ.HD.34')).toContainText('Đã đạt');
  await expectNoEnglish(page, 'officer-plan');
});
