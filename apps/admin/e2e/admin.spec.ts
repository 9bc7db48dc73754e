import { readFileSync } from 'node:fs';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { onOwnApi, signIn } from './session.ts';
import { expectNoEnglish } from './untranslated.ts';

/**
 * The admin closes and publishes the 2022 period, which the officer's and reviewer's specs need
 * open and under way. So this spec runs on an API of its own (a fresh copy of the demo), and the
 * specs pass in any order. The console it serves is the one playwright.config.ts has just built.
 */
await onOwnApi('admin');

async function shot(page: Page, testInfo: TestInfo, name: string) {
  // Every screen shot is also read for English left in the Vietnamese console (the criteria model's
  // problems included: they come from the problem catalogue in Vietnamese).
  await expectNoEnglish(page, name);
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: false });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

const SET = 'qn-268-district-supplement';
// TP.01: a share of staff × 1,5 points, in group TP.PM (10,5 points).
const TP01 = /Tỷ lệ CBCC của UBND huyện và các cơ quan chuyên môn sử dụng phần mềm/;

test('the admin drafts a new criteria version, edits it with a live preview and publishes it', async ({
  page,
}, testInfo) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await signIn(page, 'admin@chiso.local');
  await expect(page.getByRole('heading', { name: 'Bộ tiêu chí', exact: true })).toBeVisible();

  // A new draft from the published 2022 version.
  const card = page.locator('section.card').filter({ hasText: SET });
  await card.locator('summary').first().click();
  const newDraft = card.getByRole('form', { name: 'Tạo bản nháp từ phiên bản 2022' });
  await expect(newDraft.getByLabel('Nhãn phiên bản mới (sao chép từ 2022)')).toHaveValue('2022-rev1');
  await newDraft.getByRole('button', { name: 'Tạo bản nháp mới' }).click();
  await expect(page.getByRole('heading', { name: /— 2022-rev1 Bản nháp/ })).toBeVisible();
  await expect(page.getByText('sao chép từ phiên bản 2022')).toBeVisible();
  await expect(page.getByText('Bộ tiêu chí hợp lệ, có thể công bố.')).toBeVisible();

  // Sample inputs in the preview beside the editor.
  const preview = page.getByRole('region', { name: 'Thử chấm điểm' });
  await preview.getByRole('textbox', { name: TP01 }).fill('80');
  await expect(preview.getByTestId('points-TP.01')).toHaveText('1,20 / 1,50');
  await expect(preview.getByTestId('total-points')).toHaveText('1,20');

  // Bad input: the server's message beside the field, and the value stays as typed.
  await page.getByRole('button', { name: 'Sửa TP.01' }).click();
  const form = page.getByRole('form', { name: 'Sửa TP.01' });
  const max = form.getByLabel('Điểm tối đa');
  await max.fill('1,255');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Dữ liệu không hợp lệ: Điểm có tối đa hai chữ số thập phân',
  );
  await expect(max).toHaveValue('1,255');
  await expect(max).toHaveAttribute('aria-invalid', 'true');
  await shot(page, testInfo, 'admin-editor-server-error');

  // The preview follows the maximum as it is typed, then it is saved.
  await max.fill('2,5');
  await expect(preview.getByTestId('points-TP.01')).toHaveText('2,00 / 2,50');
  await expect(preview.getByTestId('total-points')).toHaveText('2,00');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu TP.01.' })).toBeVisible();
  await expect(page.getByTestId('max-TP.01')).toHaveText('tối đa 2,50 điểm');
  // The group's declared maximum no longer adds up: said at the group.
  await expect(page.getByRole('list', { name: 'Lỗi tại TP.PM' })).toContainText(
    'các mục con cộng lại được 11,5',
  );
  await expect(page.getByText(/Còn \d+ lỗi phải sửa trước khi công bố/)).toBeVisible();
  await shot(page, testInfo, 'admin-editor-validation');

  // Roll the maxima up and save again: the set is valid, 26 points in all.
  await page.getByLabel(/tự đặt điểm tối đa của nhóm, hạng mục và cả bộ/).check();
  await page.getByRole('button', { name: 'Sửa TP.01' }).click();
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Bộ tiêu chí hợp lệ, có thể công bố.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Lỗi tại TP.PM' })).toHaveCount(0);
  await expect(page.getByTestId('max-TP.PM')).toHaveText('tối đa 11,50 điểm');
  await expect(preview.getByRole('region', { name: 'Điểm tạm tính' })).toContainText('2,00 / 26,00 điểm');

  // Reorder with the keyboard: TP.01 moves below TP.02.
  await page.getByRole('button', { name: 'Chuyển TP.01 xuống' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã chuyển TP.01.' })).toBeVisible();
  const order = await page
    .locator('li.kind-group[data-code="TP.PM"] > ul > li')
    .evaluateAll((items) => items.slice(0, 2).map((item) => item.getAttribute('data-code')));
  expect(order).toEqual(['TP.02', 'TP.01']);

  // Publish, after the confirmation that it never changes again.
  await page.getByRole('button', { name: 'Công bố phiên bản' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Công bố phiên bản 2022-rev1?' });
  await expect(dialog).toContainText('sẽ không bao giờ thay đổi');
  await shot(page, testInfo, 'admin-publish-confirm');
  await dialog.getByRole('button', { name: 'Công bố, không thể hoàn tác' }).click();
  await expect(page.getByRole('heading', { name: /— 2022-rev1 Đã công bố/ })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('sẽ không bao giờ thay đổi');
  await expect(page.getByRole('button', { name: 'Công bố phiên bản' })).toHaveCount(0);

  // What changed from 2022, read from the version history.
  await page.getByRole('link', { name: '← Bộ tiêu chí' }).click();
  const history = page.locator('section.card').filter({ hasText: SET });
  await history.getByLabel('Từ phiên bản', { exact: true }).selectOption({ label: '2022' });
  await history.getByLabel('Đến phiên bản', { exact: true }).selectOption({ label: '2022-rev1' });
  await history.getByRole('button', { name: 'So sánh' }).click();
  await expect(history.getByText(/Từ 2022 đến 2022-rev1: thêm 0, bỏ 0, thay đổi \d+ mục\./)).toBeVisible();
  // TP.01 was moved down among its siblings and its maximum changed.
  const tp01 = history.locator('.diff-changed > li').filter({ hasText: 'TP.01' });
  await expect(tp01).toContainText('— vị trí, điểm tối đa');
  // Each changed value old → new, as Vietnamese writes numbers.
  await expect(tp01.getByRole('list', { name: 'Các giá trị thay đổi của TP.01' })).toHaveText(
    'điểm tối đa: 1,5 → 2,5',
  );
  await shot(page, testInfo, 'admin-version-diff');

  // Export the new version as YAML, relabel the file and import it as another draft.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    history.getByRole('button', { name: 'Tải YAML 2022-rev1' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${SET}-2022-rev1.yaml`);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(exported).toMatch(/^version: 2022-rev1$/m);
  await page.getByLabel('Chọn tệp YAML để tạo bản nháp mới').setInputFiles({
    name: 'relabelled.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(exported.replace(/^version: .*$/m, 'version: 2022-rev2')),
  });
  await expect(page.getByRole('heading', { name: /— 2022-rev2 Bản nháp/ })).toBeVisible();

  // Add a criterion to a group, see the group's sum flagged, remove it again.
  await page.getByRole('button', { name: 'Thêm tiêu chí vào TP.PM' }).click();
  const add = page.getByRole('form', { name: 'Thêm tiêu chí' });
  const code = await add.getByLabel('Mã').inputValue();
  await add.getByLabel('Tên (tiếng Việt)').fill('Tiêu chí thử nghiệm');
  await add.getByLabel('Tên (tiếng Anh)').fill('Trial criterion');
  await add.getByLabel('Điểm tối đa').fill('0,5');
  await add.getByLabel('Loại quy tắc').selectOption({ label: 'Bậc thang' });
  await add.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã thêm ${code}.` })).toBeVisible();
  await expect(page.getByTestId(`max-${code}`)).toHaveText('tối đa 0,50 điểm');
  await expect(page.getByRole('list', { name: 'Lỗi tại TP.PM' })).toContainText(
    'các mục con cộng lại được 12',
  );
  await page.getByRole('button', { name: `Xóa ${code}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã xóa ${code}.` })).toBeVisible();
  await expect(page.getByText('Bộ tiêu chí hợp lệ, có thể công bố.')).toBeVisible();

  // At tablet width the preview goes under the editor.
  await page.setViewportSize({ width: 820, height: 1180 });
  const tree = await page.getByRole('region', { name: 'Cây tiêu chí' }).boundingBox();
  const below = await page.getByRole('region', { name: 'Thử chấm điểm' }).boundingBox();
  expect(below && tree && below.y > tree.y + tree.height - 1).toBe(true);
  await shot(page, testInfo, 'admin-editor-tablet');
});

type Gql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** GraphQL as the signed-in admin (the page's session cookie). */
const graphql =
  (page: Page): Gql =>
  async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await page.request.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

type Doc = { categories: Array<{ groups: Array<{ criteria: Array<Scored & { indicators?: Scored[] }> }> }> };
type Scored = {
  code: string;
  rule?: { kind: string; steps?: Array<{ min: number }>; options?: Array<{ value: string }> };
  evidence?: { required: boolean };
};

/** A plausible value for each rule kind, as a unit would report it. */
function sampleValue(rule: NonNullable<Scored['rule']>): unknown {
  switch (rule.kind) {
    case 'yesNo':
      return true;
    case 'ratio':
      return { numerator: 3, denominator: 4 };
    case 'steps':
      return rule.steps?.[0]?.min ?? 0;
    case 'choice':
      return rule.options?.[0]?.value;
    case 'manual':
      return 0;
    default:
      return 1;
  }
}

/**
 * Where the demo leaves 2022 (some drafts and returned assessments, most submitted, some approved),
 * the units' and reviewers' part: every draft or returned one completed and submitted — except the
 * commune `late`, which never submits — then all approved. The admin may do both; the page then
 * does the admin's own part.
 */
async function completeAndApprove(gql: Gql, periodId: string, late: string) {
  const list = async (status: string) =>
    (
      await gql<{ assessments: { edges: Array<{ node: { id: string; unit: { name: string } } }> } }>(
        `query($p: ID!, $s: AssessmentStatus) { assessments(first: 200, periodId: $p, status: $s) { edges { node { id unit { name } } } } }`,
        { p: periodId, s: status },
      )
    ).assessments.edges
      .filter(({ node }) => node.unit.name !== late)
      .map(({ node }) => node.id);
  // Each criteria version's document once (a few hundred kB), not once per assessment.
  const documents = new Map<string, Promise<Doc>>();
  const documentOf = (versionId: string) => {
    let document = documents.get(versionId);
    if (!document) {
      document = gql<{ node: { document: Doc } }>(
        `query($id: ID!) { node(id: $id) { ... on CriteriaVersion { document } } }`,
        { id: versionId },
      ).then(({ node }) => node.document);
      documents.set(versionId, document);
    }
    return document;
  };
  for (const id of [...(await list('DRAFT')), ...(await list('RETURNED'))]) {
    const { node } = await gql<{
      node: {
        revision: number;
        entries: Array<{
          nodeCode: string;
          input: unknown;
          explanation: string | null;
          hasEvidence: boolean;
        }>;
        version: { id: string };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Assessment { revision entries { nodeCode input explanation hasEvidence } version { id } } } }`,
      { id },
    );
    const byCode = new Map(node.entries.map((entry) => [entry.nodeCode, entry]));
    const entries = [];
    for (const criterion of (await documentOf(node.version.id)).categories.flatMap((c) =>
      c.groups.flatMap((g) => g.criteria),
    )) {
      for (const scored of criterion.indicators ?? [criterion]) {
        if (!scored.rule) continue;
        const entry = byCode.get(scored.code);
        const input = entry?.input ?? sampleValue(scored.rule);
        const needsExplanation = scored.evidence?.required && !entry?.hasEvidence && !entry?.explanation;
        if (entry?.input != null && !needsExplanation) continue;
        entries.push({
          nodeCode: scored.code,
          input,
          ...(needsExplanation ? { explanation: 'Hồ sơ giấy lưu tại đơn vị, đã đối chiếu.' } : {}),
        });
      }
    }
    // A returned one may lack nothing: it goes back as it is.
    let revision = node.revision;
    if (entries.length > 0) {
      const saved = await gql<{ saveAssessmentEntries: { __typename: string; data?: { revision: number } } }>(
        `mutation($id: ID!, $r: Int!, $e: [AssessmentEntryInput!]!) { saveAssessmentEntries(input: { id: $id, revision: $r, entries: $e }) {
        __typename ... on SaveAssessmentEntriesPayload { data { revision } } ... on AppError { message } } }`,
        { id, r: node.revision, e: entries },
      );
      const next = saved.saveAssessmentEntries.data?.revision;
      if (next === undefined) throw new Error(`saving ${id}: ${JSON.stringify(saved)}`);
      revision = next;
    }
    const submitted = await gql<{ submitAssessment: { __typename: string } }>(
      `mutation($id: ID!, $r: Int!) { submitAssessment(input: { id: $id, revision: $r }) { __typename ... on AppError { message } } }`,
      { id, r: revision },
    );
    if (submitted.submitAssessment.__typename === 'AppError') throw new Error(JSON.stringify(submitted));
  }
  const approved = await gql<{ bulkApproveAssessments: { __typename: string } }>(
    `mutation($ids: [ID!]!) { bulkApproveAssessments(input: { ids: $ids }) { __typename ... on AppError { message } } }`,
    { ids: await list('SUBMITTED') },
  );
  if (approved.bulkApproveAssessments.__typename === 'AppError') throw new Error(JSON.stringify(approved));
}

test('the admin maps a criterion code renamed in an imported draft to its new code', async ({
  page,
}, testInfo) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await signIn(page, 'admin@chiso.local');
  await expect(page.getByRole('heading', { name: 'Bộ tiêu chí', exact: true })).toBeVisible();
  // 2022-rev1, published by the first test, relabelled with TP.02 renamed TP.92 and imported.
  const gql = graphql(page);
  const { criteriaSets } = await gql<{
    criteriaSets: {
      edges: Array<{
        node: { code: string; versions: { edges: Array<{ node: { id: string; version: string } }> } };
      }>;
    };
  }>(
    'query { criteriaSets(first: 50) { edges { node { code versions(first: 50) { edges { node { id version } } } } } } }',
  );
  const versions = criteriaSets.edges.find(({ node }) => node.code === SET)?.node.versions.edges ?? [];
  const rev1 = versions.find(({ node }) => node.version === '2022-rev1')?.node.id;
  const { node } = await gql<{ node: { yaml: string } }>(
    'query($id: ID!) { node(id: $id) { ... on CriteriaVersion { yaml } } }',
    { id: rev1 },
  );
  const renamed = node.yaml
    .replace(/^version: .*$/m, 'version: 2022-rev3')
    .replace(/code: TP\.02$/m, 'code: TP.92');
  expect(renamed).toMatch(/code: TP\.92$/m);
  await page.getByLabel('Chọn tệp YAML để tạo bản nháp mới').setInputFiles({
    name: 'renamed.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(renamed),
  });
  await expect(page.getByRole('heading', { name: /— 2022-rev3 Bản nháp/ })).toBeVisible();

  // Only TP.02 needs a decision; until then TP.92 is a new node.
  const mapping = page.getByRole('region', { name: 'Đối chiếu mã' });
  await expect(mapping.getByLabel('Phiên bản cũ đã công bố để đối chiếu')).toHaveValue(rev1 ?? '');
  await expect(mapping.getByText('Chưa lưu bảng đối chiếu mã nào.')).toBeVisible();
  const needed = mapping.getByRole('table', { name: 'Mã của phiên bản 2022-rev1 không còn trong bản nháp' });
  await expect(needed.locator('tbody tr')).toHaveCount(1);
  await expect(needed.locator('tbody tr')).toHaveAttribute('data-from', 'TP.02');
  await expect(mapping.getByRole('list', { name: /Mục mới của bản nháp/ })).toContainText('TP.92');
  await mapping.getByLabel('Tương ứng của TP.02').selectOption('TP.92');
  await expect(mapping.getByText('Mọi mục của bản nháp đều có mã cũ tương ứng.')).toBeVisible();
  await mapping.getByRole('button', { name: 'Lưu bảng đối chiếu' }).click();
  await expect(mapping.getByRole('status')).toHaveText('Đã lưu bảng đối chiếu từ phiên bản 2022-rev1.');

  // Stored on the server: read back after a reload, and the editor still saves with the new revision.
  await page.reload();
  const stored = page.getByRole('table', { name: 'Từ phiên bản 2022-rev1' });
  await expect(stored.getByRole('row', { name: /TP\.02/ })).toContainText('TP.92 — Tỷ lệ văn bản đến');
  await expect(page.getByLabel('Tương ứng của TP.02')).toHaveValue('TP.92');
  await page.getByRole('region', { name: 'Đối chiếu mã' }).scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'admin-code-mapping');

  // Published, the mapping is shown read-only.
  await page.getByRole('button', { name: 'Công bố phiên bản' }).click();
  await page.getByRole('button', { name: 'Công bố, không thể hoàn tác' }).click();
  await expect(page.getByRole('heading', { name: /— 2022-rev3 Đã công bố/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Từ phiên bản 2022-rev1' })).toContainText('TP.92');
  await expect(page.getByRole('button', { name: 'Lưu bảng đối chiếu' })).toHaveCount(0);
});

test('the admin fills in the communes from an Excel template: a dry run, then applied', async ({ page }) => {
  await signIn(page, 'admin@chiso.local');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Phiếu đánh giá' })
    .click();
  await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
  const scope = page.getByLabel('Kỳ, nhóm đơn vị và bộ tiêu chí');
  const option = scope.locator('option', { hasText: /năm 2022 — Nhóm 3: UBND cấp xã/ });
  await scope.selectOption({ label: (await option.textContent()) ?? '' });
  await page.getByLabel('Một trang tính: đơn vị × tiêu chí').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải mẫu Excel' }).click(),
  ]);
  // Filled as a Sở would: a share for every unit still drafting (the others are locked).
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.getWorksheet('Đơn vị × tiêu chí') as ExcelJS.Worksheet;
  let share = 0;
  sheet.getRow(4).eachCell((cell, column) => {
    if (!share && String(cell.value).startsWith('%')) share = column;
  });
  let drafting = 0;
  sheet.eachRow((row, number) => {
    if (number >= 7 && ['đang soạn', 'bị trả lại'].includes(String(row.getCell(3).value))) {
      row.getCell(share).value = 66.5;
      drafting += 1;
    }
  });
  expect(drafting).toBeGreaterThan(0);
  await page.getByLabel('Tệp Excel (.xlsx)').setInputFiles({
    name: 'xa.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.getByRole('status')).toHaveText(`Kiểm tra xong: ${drafting}/177 đơn vị sẽ thay đổi.`);
  await expect(
    page.getByRole('table', { name: 'Những gì sẽ thay đổi' }).getByText('66,5').first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByRole('status')).toHaveText(`Đã lưu số liệu của ${drafting} đơn vị.`);
});

test('the admin closes the 2022 period and publishes it with a commune that did not submit, shown as not ranked, then makes it public', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  page.on('dialog', (dialog) => void dialog.accept());
  // Someone who never signs in: an open (unpublished) period is not public.
  const visitor = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await signIn(page, 'admin@chiso.local');
  const origin = new URL(page.url()).origin;
  await visitor.goto(`${origin}/cong-khai/22/2022`);
  await expect(visitor.getByRole('alert')).toHaveText('Không có kỳ đánh giá công khai mã "2022".');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Kỳ đánh giá' })
    .click();
  const row = page.getByTestId('period-2022');
  await expect(row.getByText('Đang mở')).toBeVisible();

  const gql = graphql(page);
  const { periods } = await gql<{ periods: { edges: Array<{ node: { id: string; code: string } }> } }>(
    'query { periods(first: 50) { edges { node { id code } } } }',
  );
  const periodId = periods.edges.find(({ node }) => node.code === '2022')?.node.id ?? '';
  // One commune still drafting never submits.
  const { unitGroups } = await gql<{ unitGroups: Array<{ id: string; name: string }> }>(
    'query { unitGroups { id name } }',
  );
  const communes = unitGroups.find((group) => group.name === 'Nhóm 3: UBND cấp xã')?.id;
  const { assessments } = await gql<{ assessments: { edges: Array<{ node: { unit: { name: string } } }> } }>(
    `query($p: ID!, $g: ID!) { assessments(first: 1, periodId: $p, unitGroupId: $g, status: DRAFT) { edges { node { unit { name } } } } }`,
    { p: periodId, g: communes },
  );
  const late = assessments.edges[0]?.node.unit.name ?? '';
  expect(late).not.toBe('');
  await completeAndApprove(gql, periodId, late);

  await page.reload();
  await page.getByRole('button', { name: 'Quản lý kỳ 2022' }).click();
  const panel = page.getByRole('region', { name: 'Quản lý kỳ 2022' });
  await panel.getByRole('button', { name: 'Đóng kỳ' }).click();
  await expect(panel.getByRole('status')).toHaveText('Đã đóng kỳ.');
  await expect(row.getByText('Đã đóng')).toBeVisible();
  // Closing ended self-assessment: the commune is overdue, and will be published as such.
  await expect(row.getByRole('cell').nth(11)).toHaveText('1');
  const overdue = panel.getByRole('region', { name: /Đơn vị quá hạn chưa nộp \(1\)/ });
  await expect(overdue.getByText(late)).toBeVisible();
  await panel.getByRole('button', { name: 'Công bố kết quả' }).click();
  // 238 assessments scored, ranked and written: about 2 s idle (bench:publish), far longer on busy CI cores.
  await expect(panel.getByRole('status')).toHaveText(
    /Đã công bố kết quả \(\d+ nhóm xếp hạng\)\. 1 đơn vị không nộp báo cáo, không được xếp hạng\./,
    { timeout: 120_000 },
  );
  await expect(row.getByText('Đã công bố')).toBeVisible();
  // The switch follows the server: it turns on once the period is public.
  const publicSwitch = panel.getByRole('switch', { name: /Công khai kết quả kỳ này/ });
  await publicSwitch.click();
  await expect(panel.getByText('Đã công khai kết quả kỳ 2022.')).toBeVisible();
  await expect(publicSwitch).toBeChecked();
  // Every assessment of the period is published: the count equals the total.
  const cells = row.getByRole('cell');
  const total = await cells.nth(10).textContent();
  await expect(cells.nth(9)).toHaveText(total ?? '');
  expect(Number((total ?? '0').replace(/\./g, ''))).toBeGreaterThan(200);
  await shot(page, testInfo, 'admin-period-published');

  // The communes' ranking lists the late commune after the ranked ones, with the reason.
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Kết quả' })
    .click();
  // The latest published period is shown first: 2022 now.
  await expect(page.getByLabel('Kỳ đánh giá')).toHaveValue(periodId);
  await page.getByLabel('Nhóm đơn vị').selectOption({ label: 'Nhóm 3: UBND cấp xã' });
  const ranking = page.getByRole('table', { name: '177 đơn vị' });
  const lateRow = ranking
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: late, exact: true }) });
  await expect(lateRow.getByRole('cell').first()).toHaveText('Không nộp báo cáo');
  await lateRow.scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'admin-ranking-not-submitted');

  // Made public (above), the published period's ranking is there for anyone, without signing in.
  await visitor.goto(`${origin}/cong-khai/22/2022?group=nhom-3`);
  const publicRow = visitor
    .getByRole('row')
    .filter({ has: visitor.getByRole('link', { name: late, exact: true }) });
  await expect(publicRow.getByRole('cell').first()).toHaveText('Không nộp báo cáo');
  await expect(visitor.getByRole('button', { name: 'In' })).toBeVisible();
  await shot(visitor, testInfo, 'public-ranking');
  await visitor.context().close();
});
