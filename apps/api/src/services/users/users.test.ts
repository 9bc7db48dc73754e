import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer, testBackends } from '../../test/harness.ts';

const RESULT = `__typename ... on AppError { code message messages { vi en } issues { path code message } }`;
const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) {
  ${RESULT} ... on CreateUserPayload { data { temporaryPassword user { id email role mustChangePassword units { code } } } } } }`;
const CHANGE = `mutation ($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) {
  ${RESULT} ... on ChangeOwnPasswordPayload { data { mustChangePassword } } } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateUser(input: { id: $id }) { ${RESULT} ... on DeactivateUserPayload { data { active } } } }`;
const RESET = `mutation ($id: ID!) { resetUserPassword(input: { id: $id }) { ${RESULT} ... on ResetUserPasswordPayload { data { temporaryPassword } } } }`;
const IMPORT = `mutation ($content: String!, $dryRun: Boolean) { importUnitOfficers(input: { content: $content, dryRun: $dryRun }) {
  ${RESULT} ... on ImportUnitOfficersPayload { data { dryRun accounts { rows email name unitNames temporaryPassword userId } } } } }`;
const MY_ASSESSMENTS = '{ assessments(first: 50) { edges { node { unit { code } } } } }';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const signedIn = async (server: TestServer, email: string, password: string) => {
  const client = new Client(server.url);
  await client.signIn(email, password);
  return client;
};

describe.each(await testBackends())('accounts on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  let admin: Client;
  let units: { vanDon: { id: string; code: string }; haLong: { id: string; code: string } };
  const gid = (id: string) => encodeGlobalID('Unit', id);

  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend }, { demo: true });
    admin = await signedIn(server, 'admin@chiso.local', 'chiso-demo');
    const unit = (code: string) =>
      server.db.unit.findFirstOrThrow({ where: { code, endedOn: null }, select: { id: true, code: true } });
    units = { vanDon: await unit('203'), haLong: await unit('193') };
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)('never lets anyone but an admin manage accounts, the audit log or tokens', async () => {
    const officer = await signedIn(server, 'vandon@chiso.local', 'chiso-demo');
    const reviewer = await signedIn(server, 'reviewer@chiso.local', 'chiso-demo');
    const analyst = await signedIn(server, 'analyst@chiso.local', 'chiso-demo');
    const target = await server.db.user.findUniqueOrThrow({ where: { email: 'analyst@chiso.local' } });
    const id = encodeGlobalID('User', target.id);
    const mutations: [string, Record<string, unknown>][] = [
      [CREATE, { input: { email: 'x@chiso.test', name: 'X', role: 'ADMIN' } }],
      [`mutation ($id: ID!) { updateUser(input: { id: $id, role: ADMIN }) { ${RESULT} } }`, { id }],
      [DEACTIVATE, { id }],
      [`mutation ($id: ID!) { reactivateUser(input: { id: $id }) { ${RESULT} } }`, { id }],
      [RESET, { id }],
      [IMPORT, { content: base64('203,A,a@chiso.test') }],
      [`mutation { createApiToken(input: { name: "t" }) { ${RESULT} } }`, {}],
    ];
    for (const [client, code] of [
      [officer, 'FORBIDDEN'],
      [reviewer, 'FORBIDDEN'],
      [analyst, 'FORBIDDEN'],
      [server.anonymous(), 'UNAUTHENTICATED'],
    ] as const) {
      for (const [query, variables] of mutations) {
        const result = await client.request(query, variables);
        const answer = Object.values(result.data ?? {})[0] as { __typename: string; code: string };
        expect(answer, query).toMatchObject({ __typename: 'AppError', code });
      }
      for (const query of [
        '{ users { totalCount } }',
        '{ auditLog { totalCount } }',
        '{ apiTokens { id } }',
      ]) {
        expect((await client.request(query)).errors?.[0]?.extensions?.code, query).toBe(code);
      }
    }
    // Nothing changed.
    expect(await server.db.user.count({ where: { email: { in: ['x@chiso.test', 'a@chiso.test'] } } })).toBe(
      0,
    );
    expect((await server.db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('ANALYST');
  });

  it.skipIf(!enabled)(
    'an officer created by the admin signs in with the temporary password and may only change it first',
    async () => {
      const created = await admin.data(CREATE, {
        input: {
          email: ' Officer.Two@Chiso.Test ',
          name: 'Nguyễn Thị Hai',
          role: 'UNIT_OFFICER',
          unitIds: [gid(units.vanDon.id), gid(units.haLong.id)],
        },
      });
      const { temporaryPassword, user } = created.createUser.data;
      expect(temporaryPassword).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(user).toMatchObject({
        email: 'officer.two@chiso.test',
        role: 'UNIT_OFFICER',
        mustChangePassword: true,
      });
      expect(user.units.map((unit: { code: string }) => unit.code).sort()).toEqual(['193', '203']);
      const stored = await server.db.user.findUniqueOrThrow({ where: { email: 'officer.two@chiso.test' } });
      expect(stored.passwordHash).not.toContain(temporaryPassword);

      const officer = await signedIn(server, 'officer.two@chiso.test', temporaryPassword);
      expect(await officer.data('{ me { mustChangePassword } }')).toEqual({
        me: { mustChangePassword: true },
      });
      const refused = await officer.request(MY_ASSESSMENTS);
      expect(refused.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(refused.data ?? null).toBeNull();
      // The evidence and export routes see nobody.
      expect((await officer.fetch('/exports/comparison-matrix.csv?periodId=x&unitGroupId=y')).status).toBe(
        401,
      );

      const weak = await officer.data(CHANGE, {
        input: { currentPassword: temporaryPassword, newPassword: 'officer.two-2024' },
      });
      expect(weak.changeOwnPassword).toMatchObject({
        __typename: 'AppError',
        code: 'VALIDATION_FAILED',
        issues: [{ path: 'newPassword', code: 'PASSWORD_CONTAINS_EMAIL' }],
      });
      const short = await officer.data(CHANGE, {
        input: { currentPassword: temporaryPassword, newPassword: 'ngan' },
      });
      expect(short.changeOwnPassword.issues.map((issue: { code: string }) => issue.code)).toEqual([
        'PASSWORD_TOO_SHORT',
      ]);
      expect(short.changeOwnPassword.messages.vi).toContain('ít nhất 10 ký tự');
      const wrong = await officer.data(CHANGE, {
        input: { currentPassword: 'not-the-password', newPassword: 'ha long van don 2025' },
      });
      expect(wrong.changeOwnPassword.issues).toMatchObject([
        { path: 'currentPassword', code: 'WRONG_PASSWORD' },
      ]);

      const changed = await officer.data(CHANGE, {
        input: { currentPassword: temporaryPassword, newPassword: 'ha long van don 2025' },
      });
      expect(changed.changeOwnPassword).toEqual({
        __typename: 'ChangeOwnPasswordPayload',
        data: { mustChangePassword: false },
      });
      // Now a unit officer of both units, and of no other.
      const seen = await officer.data(MY_ASSESSMENTS);
      const codes = new Set(
        seen.assessments.edges.map((edge: { node: { unit: { code: string } } }) => edge.node.unit.code),
      );
      expect([...codes].sort()).toEqual(['193', '203']);
      await signedIn(server, 'officer.two@chiso.test', 'ha long van don 2025');
      await expect(signedIn(server, 'officer.two@chiso.test', temporaryPassword)).rejects.toThrow();
    },
  );

  it.skipIf(!enabled)('refuses an officer without units and a taken email, in both languages', async () => {
    const noUnit = await admin.data(CREATE, {
      input: { email: 'lone@chiso.test', name: 'Lone', role: 'UNIT_OFFICER' },
    });
    expect(noUnit.createUser).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ code: 'UNITS_REQUIRED' }],
    });
    const taken = await admin.data(CREATE, {
      input: { email: 'ADMIN@chiso.local', name: 'Dup', role: 'ADMIN' },
    });
    expect(taken.createUser).toMatchObject({
      code: 'CONFLICT',
      messages: { vi: 'Đã có tài khoản với email admin@chiso.local.' },
    });
  });

  it.skipIf(!enabled)(
    "deactivating ends the person's session at their next request and revokes the tokens they created",
    async () => {
      const created = await admin.data(CREATE, {
        input: { email: 'second.admin@chiso.test', name: 'Phó Quản', role: 'ADMIN' },
      });
      const password = created.createUser.data.temporaryPassword;
      const second = await signedIn(server, 'second.admin@chiso.test', password);
      await second.data(CHANGE, { input: { currentPassword: password, newPassword: 'quan tri thu hai' } });
      const token = await second.data(
        'mutation { createApiToken(input: { name: "Bảng tin" }) { ... on CreateApiTokenPayload { data { secret } } } }',
      );
      const dashboard = server.withToken(token.createApiToken.data.secret);
      expect((await dashboard.request('{ __typename }')).errors).toBeUndefined();
      expect(await second.data('{ me { email } }')).toEqual({ me: { email: 'second.admin@chiso.test' } });

      const id = created.createUser.data.user.id;
      expect((await admin.data(DEACTIVATE, { id })).deactivateUser).toEqual({
        __typename: 'DeactivateUserPayload',
        data: { active: false },
      });
      expect(await second.data('{ me { email } }')).toEqual({ me: null });
      expect((await second.request('{ users { totalCount } }')).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      // Now anonymous: the hash alone names nothing it may run.
      expect((await dashboard.request('{ __typename }')).errors?.[0]?.extensions?.code).toBe(
        'PERSISTED_QUERY_NOT_FOUND',
      );
      const tokens = await server.db.apiToken.findMany({ where: { name: 'Bảng tin' } });
      expect(tokens.map((row) => row.revokedAt === null)).toEqual([false]);
      // The same answer as a wrong password: a sign-in says nothing about the account.
      const again = await server
        .anonymous()
        .request(
          `mutation { signIn(input: { email: "second.admin@chiso.test", password: "quan tri thu hai" }) { ${RESULT} } }`,
        );
      const unknown = await server
        .anonymous()
        .request(
          `mutation { signIn(input: { email: "nobody@chiso.test", password: "quan tri thu hai" }) { ${RESULT} } }`,
        );
      expect(again.data?.signIn).toEqual(unknown.data?.signIn);
      expect(again.data?.signIn).toMatchObject({ code: 'UNAUTHENTICATED' });

      const audit = await admin.data(
        `query ($id: ID!) { auditLog(userId: $id, first: 10) { totalCount edges { node { action actorName } } } }`,
        { id },
      );
      expect(audit.auditLog.edges.map((edge: { node: { action: string } }) => edge.node.action)).toEqual([
        'apiToken.create',
        'user.changePassword',
        'session.signIn',
      ]);
      expect(audit.auditLog.edges[0].node.actorName).toBe('Phó Quản');
      const trail = await admin.data(
        `{ auditLog(actionPrefix: "user.deactivate", first: 5) { edges { node { actorName after } } } }`,
      );
      expect(trail.auditLog.edges[0].node).toMatchObject({
        actorName: 'Nguyễn Văn Quản (Sở TT&TT)',
        after: { endedSessions: 1, revokedTokens: 1 },
      });
    },
  );

  it.skipIf(!enabled)('keeps an active admin: the last one cannot be deactivated or demoted', async () => {
    const me = await server.db.user.findUniqueOrThrow({ where: { email: 'admin@chiso.local' } });
    const result = await admin.data(DEACTIVATE, { id: encodeGlobalID('User', me.id) });
    expect(result.deactivateUser).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await server.db.user.findUniqueOrThrow({ where: { id: me.id } })).disabledAt).toBeNull();
  });

  it.skipIf(!enabled)('a reset signs the person out and gives a temporary password to change', async () => {
    const reviewer = await signedIn(server, 'reviewer@chiso.local', 'chiso-demo');
    const target = await server.db.user.findUniqueOrThrow({ where: { email: 'reviewer@chiso.local' } });
    const reset = await admin.data(RESET, { id: encodeGlobalID('User', target.id) });
    expect(await reviewer.data('{ me { email } }')).toEqual({ me: null });
    const again = await signedIn(
      server,
      'reviewer@chiso.local',
      reset.resetUserPassword.data.temporaryPassword,
    );
    expect(await again.data('{ me { mustChangePassword } }')).toEqual({ me: { mustChangePassword: true } });
  });

  it.skipIf(!enabled)(
    'imports unit officers from a sheet: per-row errors and nothing created, or all',
    async () => {
      const communes = await server.db.unit.findMany({
        where: { parent: { code: '203' }, endedOn: null },
        orderBy: { code: 'asc' },
        take: 3,
      });
      const [a, b, c] = communes.map((unit) => unit.code) as [string, string, string];
      const before = await server.db.user.count();
      const broken = [
        'Mã đơn vị;Họ tên;Email',
        `${a};Trần Văn A;a.officer@chiso.test`,
        `99999;Không Có;nobody@chiso.test`,
        `${b};Lê B;not-an-email`,
        `${c};Đã Có;vandon@chiso.local`,
      ].join('\n');
      const refused = await admin.data(IMPORT, { content: base64(broken) });
      expect(refused.importUnitOfficers).toMatchObject({ __typename: 'AppError', code: 'VALIDATION_FAILED' });
      expect(refused.importUnitOfficers.issues).toEqual([
        expect.objectContaining({ path: 'rows.3.unitCode', code: 'UNIT_NOT_FOUND' }),
        expect.objectContaining({ path: 'rows.4.email', code: 'INVALID_EMAIL' }),
        expect.objectContaining({ path: 'rows.5.email', code: 'EMAIL_TAKEN' }),
      ]);
      expect(refused.importUnitOfficers.messages.vi).toContain('chưa tạo tài khoản nào');
      expect(await server.db.user.count()).toBe(before);

      // A number-typed code (leading zero lost by a spreadsheet) and one person for two units.
      const sheet = [
        `${a},Trần Văn A,a.officer@chiso.test`,
        `${Number(b)},,b.officer@chiso.test`,
        `${c},Trần Văn A,A.Officer@chiso.test`,
      ].join('\n');
      const preview = await admin.data(IMPORT, { content: base64(sheet), dryRun: true });
      expect(preview.importUnitOfficers.data.dryRun).toBe(true);
      expect(await server.db.user.count()).toBe(before);
      const done = await admin.data(IMPORT, { content: base64(sheet) });
      const accounts = done.importUnitOfficers.data.accounts;
      expect(accounts).toMatchObject([
        { rows: [1, 3], email: 'a.officer@chiso.test', name: 'Trần Văn A' },
        { rows: [2], email: 'b.officer@chiso.test', name: `Cán bộ ${communes[1]?.name}` },
      ]);
      expect(accounts[0].unitNames).toEqual([communes[0]?.name, communes[2]?.name]);
      expect(await server.db.user.count()).toBe(before + 2);
      const officer = await signedIn(server, 'b.officer@chiso.test', accounts[1].temporaryPassword);
      expect(await officer.data('{ me { role mustChangePassword units { code } } }')).toEqual({
        me: { role: 'UNIT_OFFICER', mustChangePassword: true, units: [{ code: b }] },
      });
    },
  );

  it.skipIf(!enabled)(
    'lists people by a search that ignores diacritics, and the audit log by unit',
    async () => {
      const found = await admin.data(
        '{ users(search: "nguyen thi hai") { totalCount edges { node { email } } } }',
      );
      expect(found.users).toEqual({ totalCount: 1, edges: [{ node: { email: 'officer.two@chiso.test' } }] });
      const byUnit = await admin.data(
        `query ($unit: ID!) { users(unitId: $unit, role: UNIT_OFFICER) { edges { node { email } } } }`,
        { unit: gid(units.vanDon.id) },
      );
      expect(byUnit.users.edges.map((edge: { node: { email: string } }) => edge.node.email).sort()).toEqual([
        'officer.two@chiso.test',
        'vandon@chiso.local',
      ]);
      const audit = await admin.data(
        `query ($unit: ID!, $from: DateTime!) { auditLog(unitId: $unit, from: $from, first: 50) { edges { node { action entityType } } } }`,
        { unit: gid(units.vanDon.id), from: new Date(Date.now() - 3_600_000).toISOString() },
      );
      const actions = audit.auditLog.edges.map((edge: { node: { action: string } }) => edge.node.action);
      expect(actions).toContain('user.create');
      expect(actions).toContain('user.changePassword');
      expect(actions).not.toContain('user.deactivate');
      expect(await admin.data('{ auditActions }')).toMatchObject({
        auditActions: expect.arrayContaining(['user.create']),
      });
    },
  );
});
