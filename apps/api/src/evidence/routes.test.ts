import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Db } from '@chiso/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSecret, SESSION_COOKIE, secretHash } from '../auth/tokens.ts';
import { attachEvidenceFile } from '../services/evidence/index.ts';
import { createUser, startTestServer, type TestServer, testBackends } from '../test/harness.ts';
import { LocalEvidenceStore } from './local-store.ts';
import { filesUnder, PDF, PNG } from './testing.ts';

const MAX_BYTES = 64 * 1024;

/** A unit group, two units, a criteria version with two criteria, and assessments to attach to. */
async function seed(db: Db) {
  const group = await db.unitGroup.create({ data: { code: 'G2', name: 'Cấp huyện', nameEn: 'Districts' } });
  const unit = (code: string, name: string) =>
    db.unit.create({
      data: {
        code,
        name,
        searchName: name,
        kind: 'DISTRICT',
        type: 'Huyện',
        groupId: group.id,
        validFrom: new Date('2020-01-01'),
      },
    });
  const vanDon = await unit('203', 'Vân Đồn');
  const baChe = await unit('205', 'Ba Chẽ');
  const set = await db.criteriaSet.create({
    data: { code: 'district', name: 'Cấp huyện', nameEn: 'District', unitLevel: 'district' },
  });
  const version = await db.criteriaVersion.create({
    data: {
      setId: set.id,
      version: '2022',
      document: {},
      maxPoints: 200,
      criteriaCount: 2,
      status: 'PUBLISHED',
    },
  });
  const node = (code: string, kind: 'GROUP' | 'CRITERION', position: number) =>
    ({
      versionId: version.id,
      code,
      kind,
      path: code,
      position,
      name: code,
      nameEn: code,
      maxPoints: 100,
    }) as const;
  await db.criteriaNode.createMany({
    data: [node('SS.HT', 'GROUP', 0), node('SS.01', 'CRITERION', 1), node('SS.02', 'CRITERION', 2)],
  });
  const period = (code: string, year: number) =>
    db.period.create({
      data: {
        code,
        name: code,
        kind: 'YEAR',
        startsOn: new Date(`${year}-01-01`),
        endsOn: new Date(`${year}-12-31`),
        status: 'OPEN',
      },
    });
  const p2021 = await period('2021', 2021);
  const p2022 = await period('2022', 2022);
  const assessment = (periodId: string, unitId: string) =>
    db.assessment.create({ data: { periodId, unitId, versionId: version.id, unitGroupId: group.id } });
  return {
    vanDon,
    baChe,
    draft: await assessment(p2022.id, vanDon.id),
    earlier: await assessment(p2021.id, vanDon.id),
    other: await assessment(p2022.id, baChe.id),
  };
}

describe.each(await testBackends())('evidence on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let store: LocalEvidenceStore;
  let filesUrl: string;
  let root: string;
  let fixtures: Awaited<ReturnType<typeof seed>>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    if (!enabled) return;
    root = await mkdtemp(path.join(tmpdir(), 'chiso-evidence-'));
    store = new LocalEvidenceStore({ root, maxBytes: MAX_BYTES });
    server = await startTestServer({ enabled, ...backend }, { evidence: store });
    filesUrl = server.url;

    fixtures = await seed(server.db);
    const users = [
      { email: 'admin@chiso.test', role: 'ADMIN' },
      { email: 'reviewer@chiso.test', role: 'REVIEWER' },
      { email: 'vandon@chiso.test', role: 'UNIT_OFFICER', unitId: fixtures.vanDon.id },
      { email: 'bache@chiso.test', role: 'UNIT_OFFICER', unitId: fixtures.baChe.id },
      { email: 'analyst@chiso.test', role: 'ANALYST' },
    ] as const;
    for (const user of users) {
      const created = await createUser(server, user);
      const secret = newSecret();
      await server.db.session.create({
        data: {
          userId: created.id,
          tokenHash: secretHash(secret),
          expiresAt: new Date(Date.now() + 3_600_000),
        },
      });
      cookies[user.email] = `${SESSION_COOKIE}=${secret}`;
    }
  });
  afterAll(async () => {
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const assessmentId = (row: { id: string }) => encodeGlobalID('Assessment', row.id);

  async function upload(
    as: string | undefined,
    fields: Record<string, string>,
    file?: { name: string; bytes: Buffer; type?: string },
    { fileFirst = false } = {},
  ) {
    const form = new FormData();
    const appendFile = () =>
      file &&
      form.append(
        'file',
        new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }),
        file.name,
      );
    if (fileFirst) appendFile();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (!fileFirst) appendFile();
    const response = await fetch(`${filesUrl}/evidence`, {
      method: 'POST',
      body: form,
      headers: as ? { cookie: cookies[as]!, 'accept-language': 'en' } : {},
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  const download = (as: string | undefined, url: string) =>
    fetch(`${filesUrl}${url}`, { headers: as ? { cookie: cookies[as]! } : {} });

  const pdfFields = () => ({
    assessmentId: assessmentId(fixtures.draft),
    nodeCode: 'SS.01',
    title: 'Quyết định thành lập Ban chỉ đạo CNTT',
    documentNumber: '123/QĐ-UBND',
    issuedOn: '2022-03-15',
  });

  it.skipIf(!enabled)('uploads a PDF and a PNG and serves them back byte for byte', async () => {
    const pdf = await upload('vandon@chiso.test', pdfFields(), {
      name: 'Quyết định 123.pdf',
      bytes: PDF,
      type: 'application/pdf',
    });
    expect(pdf.status).toBe(201);
    const sha256 = (await import('node:crypto')).createHash('sha256').update(PDF).digest('hex');
    expect(pdf.body.evidence).toMatchObject({
      nodeCode: 'SS.01',
      title: 'Quyết định thành lập Ban chỉ đạo CNTT',
      documentNumber: '123/QĐ-UBND',
      issuedOn: '2022-03-15',
      url: null,
      fileName: 'Quyết định 123.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256,
    });
    const row = await server.db.evidence.findFirstOrThrow({ where: { sha256 } });
    expect(pdf.body.evidence.id).toBe(encodeGlobalID('Evidence', row.id));
    expect(pdf.body.evidence.downloadUrl).toBe(`/evidence/${encodeGlobalID('Evidence', row.id)}/file`);
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(row.uploadedById).toBe(
      (await server.db.user.findUniqueOrThrow({ where: { email: 'vandon@chiso.test' } })).id,
    );

    const got = await download('vandon@chiso.test', pdf.body.evidence.downloadUrl);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-length')).toBe(String(PDF.length));
    expect(got.headers.get('content-disposition')).toBe(
      `inline; filename="Quyet dinh 123.pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20123.pdf`,
    );
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('etag')).toBe(`"${sha256}"`);
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PDF);

    const png = await upload(
      'admin@chiso.test',
      { assessmentId: fixtures.draft.id, nodeCode: 'SS.02', title: 'Ảnh chụp phòng máy chủ' },
      { name: 'phong-may.PNG', bytes: PNG },
    );
    expect(png.status).toBe(201);
    expect(png.body.evidence).toMatchObject({
      contentType: 'image/png',
      size: PNG.length,
      documentNumber: null,
      issuedOn: null,
    });
    const gotPng = await download('reviewer@chiso.test', `${png.body.evidence.downloadUrl}?download`);
    expect(gotPng.headers.get('content-type')).toBe('image/png');
    expect(gotPng.headers.get('content-disposition')).toMatch(/^attachment; filename="phong-may.PNG"/);
    expect(Buffer.from(await gotPng.arrayBuffer())).toEqual(PNG);

    const audit = await server.db.auditLog.findMany({
      where: { action: 'evidence.attach' },
      orderBy: { at: 'asc' },
    });
    expect(audit).toMatchObject([
      {
        entityType: 'Evidence',
        entityId: row.id,
        actorKind: 'user',
        after: { title: row.title, sha256, storageKey: row.storageKey },
      },
      { entityType: 'Evidence', after: { fileName: 'phong-may.PNG', nodeCode: 'SS.02' } },
    ]);
  });

  it.skipIf(!enabled)('refuses an oversized file with 413, leaving no row and no file', async () => {
    const before = { rows: await server.db.evidence.count(), files: await filesUnder(root) };
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES, 0x20)]);
    const result = await upload('vandon@chiso.test', pdfFields(), { name: 'big.pdf', bytes: big });
    expect(result.status).toBe(413);
    expect(result.body.error).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'The file is too large: at most 64 KB. Compress or split it and upload again.',
      messages: {
        vi: 'Tệp quá lớn: tối đa 64 KB. Hãy nén hoặc tách tệp rồi tải lên lại.',
        en: 'The file is too large: at most 64 KB. Compress or split it and upload again.',
      },
      issues: [
        {
          path: 'file',
          code: 'FILE_TOO_LARGE',
          messages: { vi: 'Tệp lớn hơn 64 KB', en: 'larger than 64 KB' },
        },
      ],
    });
    expect(await server.db.evidence.count()).toBe(before.rows);
    expect(await filesUnder(root)).toEqual(before.files);
  });

  it.skipIf(!enabled)(
    "refuses a file past the assessment's evidence quota, keeping the files within it",
    async () => {
      const quota = process.env.CHISO_EVIDENCE_QUOTA_MB;
      const used = await server.db.evidence.aggregate({
        where: { assessmentId: fixtures.draft.id },
        _sum: { size: true },
      });
      // Room for what is already there and one more 40 KB file, not two.
      process.env.CHISO_EVIDENCE_QUOTA_MB = String(((used._sum.size ?? 0) + 60 * 1024) / 1024 / 1024);
      try {
        const file = () => ({ name: 'scan.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(40 * 1024, 0x20)]) });
        expect((await upload('vandon@chiso.test', pdfFields(), file())).status).toBe(201);
        const refused = await upload('vandon@chiso.test', pdfFields(), file());
        expect(refused.status).toBe(413);
        expect(refused.body.error.code).toBe('LIMIT_EXCEEDED');
        expect(refused.body.error.messages.vi).toMatch(/đã dùng hết .* MB dành cho tệp minh chứng/);
      } finally {
        if (quota === undefined) delete process.env.CHISO_EVIDENCE_QUOTA_MB;
        else process.env.CHISO_EVIDENCE_QUOTA_MB = quota;
      }
    },
  );

  it.skipIf(!enabled)('stops reading an upload far over the limit and still answers 413', async () => {
    const before = { rows: await server.db.evidence.count(), files: await filesUnder(root) };
    const huge = Buffer.concat([PDF, Buffer.alloc(8 * 1024 * 1024, 0x20)]);
    const result = await upload('vandon@chiso.test', pdfFields(), { name: 'huge.pdf', bytes: huge });
    expect(result.status).toBe(413);
    expect(await server.db.evidence.count()).toBe(before.rows);
    expect(await filesUnder(root)).toEqual(before.files);
  });

  it.skipIf(!enabled)('answers a masked 500 in JSON when a stored file has gone missing', async () => {
    const uploaded = await upload('vandon@chiso.test', pdfFields(), { name: 'gone.pdf', bytes: PDF });
    const row = await server.db.evidence.findFirstOrThrow({ where: { fileName: 'gone.pdf' } });
    await rm(path.join(root, row.storageKey!));
    const got = await download('vandon@chiso.test', uploaded.body.evidence.downloadUrl);
    expect(got.status).toBe(500);
    expect(got.headers.get('content-disposition')).toBeNull();
    expect(await got.json()).toEqual({
      error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', issues: [] },
    });
    await server.db.evidence.delete({ where: { id: row.id } });
  });

  it.skipIf(!enabled)(
    'refuses files that are not what they claim, with a message saying what to do',
    async () => {
      const before = { rows: await server.db.evidence.count(), files: await filesUnder(root) };
      const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
      const renamed = await upload('vandon@chiso.test', pdfFields(), {
        name: 'bao-cao.pdf',
        bytes: exe,
        type: 'application/pdf',
      });
      expect(renamed.status).toBe(400);
      expect(renamed.body.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        messages: {
          vi: expect.stringContaining('Nội dung tệp "bao-cao.pdf" không phải PDF'),
          en: expect.stringContaining('The content of "bao-cao.pdf" is not PDF'),
        },
        issues: [{ path: 'file' }],
      });
      const exeByName = await upload('vandon@chiso.test', pdfFields(), { name: 'setup.exe', bytes: exe });
      expect(exeByName.status).toBe(400);
      expect(exeByName.body.error.message).toBe(
        '"setup.exe" is not a file type chiso accepts. Evidence must be a PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, DOC, XLS, TXT, CSV file.',
      );
      expect(await server.db.evidence.count()).toBe(before.rows);
      expect(await filesUnder(root)).toEqual(before.files);
    },
  );

  it.skipIf(!enabled)('stores a file under its own key whatever name the client sends', async () => {
    for (const name of [
      '../../../../tmp/evil.pdf',
      '..\\..\\windows\\báo cáo\u202Egpj.pdf',
      '/etc/passwd.txt',
    ]) {
      const result = await upload('vandon@chiso.test', pdfFields(), {
        name,
        bytes: name.endsWith('.txt') ? Buffer.from('root:x:0:0\n') : PDF,
      });
      expect(result.status).toBe(201);
      const { fileName, downloadUrl } = result.body.evidence;
      expect(fileName).not.toMatch(/[/\\\u202e]|^\./);
      const row = await server.db.evidence.findFirstOrThrow({ where: { fileName } });
      expect(await filesUnder(root)).toContain(row.storageKey);
      const got = await download('vandon@chiso.test', downloadUrl);
      expect(got.headers.get('content-disposition')).not.toMatch(/[/\\]/);
    }
    expect(fixtures.draft.id).toBeTruthy();
  });

  it.skipIf(!enabled)('answers 401 to nobody, 403 to another unit, 404 to unknown IDs', async () => {
    const evidence = await server.db.evidence.findFirstOrThrow({ where: { storageKey: { not: null } } });
    const url = `/evidence/${encodeGlobalID('Evidence', evidence.id)}/file`;
    const before = await server.db.evidence.count();

    const anonymous = await upload(undefined, pdfFields(), { name: 'a.pdf', bytes: PDF });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
    expect((await download(undefined, url)).status).toBe(401);

    const otherUnit = await upload('bache@chiso.test', pdfFields(), { name: 'a.pdf', bytes: PDF });
    expect(otherUnit.status).toBe(403);
    expect(otherUnit.body.error.code).toBe('FORBIDDEN');
    const otherDownload = await download('bache@chiso.test', url);
    expect(otherDownload.status).toBe(403);
    expect(((await otherDownload.json()) as any).error.code).toBe('FORBIDDEN');

    const reviewer = await upload('reviewer@chiso.test', pdfFields(), { name: 'a.pdf', bytes: PDF });
    expect(reviewer.status).toBe(403);

    const unknown = await upload(
      'vandon@chiso.test',
      { ...pdfFields(), assessmentId: crypto.randomUUID() },
      { name: 'a.pdf', bytes: PDF },
    );
    expect(unknown.status).toBe(404);
    expect((await download('admin@chiso.test', `/evidence/${crypto.randomUUID()}/file`)).status).toBe(404);
    expect((await download('admin@chiso.test', '/evidence/not-an-id/file')).status).toBe(404);
    expect(await server.db.evidence.count()).toBe(before);
  });

  it.skipIf(!enabled)('validates the fields before reading the file', async () => {
    const before = { rows: await server.db.evidence.count(), files: await filesUnder(root) };
    const cases: Array<[Record<string, string>, string]> = [
      [{ ...pdfFields(), nodeCode: 'SS.99' }, 'nodeCode'],
      [{ ...pdfFields(), nodeCode: 'SS.HT' }, 'nodeCode'],
      [{ ...pdfFields(), title: '  ' }, 'title'],
      [{ ...pdfFields(), issuedOn: '2022-02-30' }, 'issuedOn'],
      [{ ...pdfFields(), assessmentId: 'nonsense' }, 'assessmentId'],
      [{ ...pdfFields(), assessmentId: encodeGlobalID('Unit', fixtures.vanDon.id) }, 'assessmentId'],
    ];
    for (const [fields, path] of cases) {
      const result = await upload('vandon@chiso.test', fields, { name: 'a.pdf', bytes: PDF });
      expect(result.status, path).toBe(400);
      expect(result.body.error.issues[0].path).toBe(path);
    }
    const fileFirst = await upload(
      'vandon@chiso.test',
      pdfFields(),
      { name: 'a.pdf', bytes: PDF },
      { fileFirst: true },
    );
    expect(fileFirst.status).toBe(400);
    expect(fileFirst.body.error.message).toMatch(/send the fields .* before the file/);
    const noFile = await upload('vandon@chiso.test', pdfFields());
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.messages.vi).toBe('Chưa có tệp minh chứng: hãy chọn tệp để tải lên.');
    const json = await fetch(`${filesUrl}/evidence`, {
      method: 'POST',
      headers: { cookie: cookies['vandon@chiso.test']!, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect(await server.db.evidence.count()).toBe(before.rows);
    expect(await filesUnder(root)).toEqual(before.files);
  });

  it.skipIf(!enabled)('lets analysts download only once the results are published', async () => {
    const uploaded = await upload(
      'vandon@chiso.test',
      { ...pdfFields(), assessmentId: assessmentId(fixtures.earlier) },
      { name: 'bao-cao-2021.pdf', bytes: PDF },
    );
    expect(uploaded.status).toBe(201);
    const url = uploaded.body.evidence.downloadUrl;
    expect((await download('analyst@chiso.test', url)).status).toBe(403);

    await server.db.assessment.update({ where: { id: fixtures.earlier.id }, data: { status: 'SUBMITTED' } });
    const late = await upload(
      'vandon@chiso.test',
      { ...pdfFields(), assessmentId: assessmentId(fixtures.earlier) },
      { name: 'late.pdf', bytes: PDF },
    );
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('INVALID_TRANSITION');
    expect(late.body.error.messages.vi).toMatch(/đang ở trạng thái Đã nộp/);

    await server.db.assessment.update({ where: { id: fixtures.earlier.id }, data: { status: 'PUBLISHED' } });
    const published = await download('analyst@chiso.test', url);
    expect(published.status).toBe(200);
    expect(Buffer.from(await published.arrayBuffer())).toEqual(PDF);
    // Published results are open to every signed-in viewer (the rule of the whole API).
    expect((await download('bache@chiso.test', url)).status).toBe(200);
  });

  it.skipIf(!enabled)('deletes the stored file again when recording the upload fails', async () => {
    const before = { rows: await server.db.evidence.count(), files: await filesUnder(root) };
    const db = server.db;
    // The assessment is submitted while the file is still arriving: the record is refused.
    let submitted = false;
    const arriving = new Readable({
      async read() {
        if (submitted) return void this.push(null);
        submitted = true;
        await db.assessment.update({ where: { id: fixtures.other.id }, data: { status: 'SUBMITTED' } });
        this.push(PDF);
      },
    });
    const viewer = {
      kind: 'user',
      userId: 'x',
      role: 'ADMIN',
      unitIds: [],
      provinceId: null,
      sessionId: 'x',
      mustChangePassword: false,
    } as const;
    const refused = await attachEvidenceFile(
      { db, viewer, evidence: store },
      { assessmentId: fixtures.other.id, nodeCode: 'SS.01', title: 'Báo cáo', fileName: 'bao-cao.pdf' },
      arriving,
    ).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await server.db.evidence.count()).toBe(before.rows);
    expect(await filesUnder(root)).toEqual(before.files);
    await db.assessment.update({ where: { id: fixtures.other.id }, data: { status: 'DRAFT' } });
  });

  it.skipIf(!enabled)('attaches links through GraphQL, validated and audited', async () => {
    const officer = await server.signedIn('vandon@chiso.test');
    const mutation = `mutation ($assessmentId: ID!, $url: String!, $issuedOn: Date) {
      attachEvidenceLink(input: { assessmentId: $assessmentId, nodeCode: "SS.02", title: "Cổng thông tin điện tử",
        url: $url, documentNumber: "45/KH-UBND", issuedOn: $issuedOn }) {
        __typename
        ... on AttachEvidenceLinkPayload { data { id title url documentNumber issuedOn downloadUrl fileName nodeCode } }
        ... on AppError { code messages { vi en } issues { path message } }
      } }`;
    const attached = await officer.data(mutation, {
      assessmentId: assessmentId(fixtures.draft),
      url: 'https://vandon.quangninh.gov.vn/van-ban/45',
      issuedOn: '2022-05-01',
    });
    expect(attached.attachEvidenceLink).toMatchObject({
      __typename: 'AttachEvidenceLinkPayload',
      data: {
        title: 'Cổng thông tin điện tử',
        url: 'https://vandon.quangninh.gov.vn/van-ban/45',
        documentNumber: '45/KH-UBND',
        issuedOn: '2022-05-01',
        downloadUrl: null,
        fileName: null,
        nodeCode: 'SS.02',
      },
    });
    const id: string = attached.attachEvidenceLink.data.id;
    const rowId = Buffer.from(id, 'base64').toString().split(':')[1]!;
    expect(await server.db.auditLog.count({ where: { action: 'evidence.attach', entityId: rowId } })).toBe(1);
    // A link has no file to download.
    expect((await download('vandon@chiso.test', `/evidence/${id}/file`)).status).toBe(404);

    const before = await server.db.evidence.count();
    for (const url of [
      'javascript:alert(1)',
      'ftp://example.gov.vn/a.pdf',
      'not a url',
      'https://user:pw@example.gov.vn/',
    ]) {
      const refused = await officer.data(mutation, { assessmentId: assessmentId(fixtures.draft), url });
      expect(refused.attachEvidenceLink, url).toMatchObject({
        __typename: 'AppError',
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'url' }],
      });
    }
    const otherUnit = await (await server.signedIn('bache@chiso.test')).data(mutation, {
      assessmentId: assessmentId(fixtures.draft),
      url: 'https://example.gov.vn',
    });
    expect(otherUnit.attachEvidenceLink).toMatchObject({ __typename: 'AppError', code: 'FORBIDDEN' });
    const anonymous = await server.anonymous().data(mutation, {
      assessmentId: assessmentId(fixtures.draft),
      url: 'https://example.gov.vn',
    });
    expect(anonymous.attachEvidenceLink).toMatchObject({ __typename: 'AppError', code: 'UNAUTHENTICATED' });
    expect(await server.db.evidence.count()).toBe(before);
  });

  it.skipIf(!enabled)('removes evidence and then its file, audited; others may not', async () => {
    const uploaded = await upload('vandon@chiso.test', pdfFields(), { name: 'to-remove.pdf', bytes: PDF });
    const { id } = uploaded.body.evidence;
    const row = await server.db.evidence.findFirstOrThrow({ where: { fileName: 'to-remove.pdf' } });
    const remove = `mutation ($id: ID!) { removeEvidence(input: { id: $id }) {
      __typename ... on RemoveEvidencePayload { data { title fileName } } ... on AppError { code } } }`;

    const refused = await (await server.signedIn('bache@chiso.test')).data(remove, { id });
    expect(refused.removeEvidence).toEqual({ __typename: 'AppError', code: 'FORBIDDEN' });
    const byAnalyst = await (await server.signedIn('analyst@chiso.test')).data(remove, { id });
    expect(byAnalyst.removeEvidence).toEqual({ __typename: 'AppError', code: 'FORBIDDEN' });
    expect(await filesUnder(root)).toContain(row.storageKey);

    const removed = await (await server.signedIn('vandon@chiso.test')).data(remove, { id });
    expect(removed.removeEvidence).toEqual({
      __typename: 'RemoveEvidencePayload',
      data: { title: row.title, fileName: 'to-remove.pdf' },
    });
    expect(await server.db.evidence.findUnique({ where: { id: row.id } })).toBeNull();
    await expect(access(path.join(root, row.storageKey!))).rejects.toThrow(/ENOENT/);
    expect(
      await server.db.auditLog.findMany({ where: { action: 'evidence.remove', entityId: row.id } }),
    ).toMatchObject([
      { actorKind: 'user', before: { fileName: 'to-remove.pdf', storageKey: row.storageKey } },
    ]);
    const again = await (await server.signedIn('vandon@chiso.test')).data(remove, { id });
    expect(again.removeEvidence).toEqual({ __typename: 'AppError', code: 'NOT_FOUND' });
  });

  it.skipIf(!enabled)(
    "lists an assessment's evidence, per criterion, in a fixed number of statements",
    async () => {
      const query = `query ($id: ID!, $nodeCode: String) { node(id: $id) { ... on Assessment {
      evidence(first: 50, nodeCode: $nodeCode) { edges { node { title nodeCode fileName url downloadUrl } } } } } }`;
      const officer = await server.signedIn('vandon@chiso.test');
      const rows = await server.db.evidence.findMany({
        where: { assessmentId: fixtures.draft.id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const { result, statements } = await server.db.$statements.measure(() =>
        officer.data(query, { id: assessmentId(fixtures.draft) }),
      );
      expect(result.node.evidence.edges.map((edge: any) => edge.node.title)).toEqual(
        rows.map((row) => row.title),
      );
      expect(statements).toBeLessThanOrEqual(5);
      const one = await officer.data(query, { id: assessmentId(fixtures.draft), nodeCode: 'SS.02' });
      const ss02 = rows.filter((row) => row.nodeCode === 'SS.02');
      expect(ss02.length).toBeGreaterThan(1);
      expect(one.node.evidence.edges.map((edge: any) => edge.node.title)).toEqual(
        ss02.map((row) => row.title),
      );
    },
  );

  it.skipIf(!enabled)(
    'shows evidence through node(id:) only to those who may see the assessment',
    async () => {
      const evidence = await server.db.evidence.findFirstOrThrow({
        where: { assessmentId: fixtures.draft.id },
      });
      const query = `query ($id: ID!) { node(id: $id) { ... on Evidence { title nodeCode } } }`;
      const id = encodeGlobalID('Evidence', evidence.id);
      const own = await (await server.signedIn('vandon@chiso.test')).request(query, { id });
      expect(own.data?.node).toEqual({ title: evidence.title, nodeCode: evidence.nodeCode });
      for (const email of ['bache@chiso.test', 'analyst@chiso.test']) {
        const refused = await (await server.signedIn(email)).request(query, { id });
        expect(refused.data?.node ?? null, email).toBeNull();
        expect(refused.errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
      }
    },
  );
});
