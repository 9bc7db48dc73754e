import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSignInAllowed } from '../auth/sign-in-throttle.ts';
import {
  createUser,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  testBackends,
} from '../test/harness.ts';

describe.each(await testBackends())('auth on $name', ({ enabled, ...backend }) => {
  let server: TestServer;
  beforeAll(async () => {
    if (!enabled) return;
    server = await startTestServer({ enabled, ...backend });
    await createUser(server, { email: 'admin@chiso.test', role: 'ADMIN' });
    await createUser(server, { email: 'analyst@chiso.test', role: 'ANALYST' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(!enabled)('answers /healthz, /readyz and /metrics for the operator', async () => {
    const response = await server.anonymous().fetch('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    // A migration the code knows but the database lacks (here: marked rolled back) is not ready.
    const [{ latest }] = await server.db.$queryRaw<[{ latest: string }]>`
      UPDATE _prisma_migrations SET rolled_back_at = now()
        WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations) RETURNING migration_name AS latest`;
    const lacking = await server.anonymous().fetch('/readyz');
    expect(lacking.status).toBe(503);
    expect(await lacking.json()).toMatchObject({ code: 'MIGRATIONS_MISSING', missing: [latest] });
    await server.db
      .$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${latest}`;
    const ready = await server.anonymous().fetch('/readyz');
    expect(await ready.json()).toEqual({ status: 'ready' });
    await server.anonymous().request('query Probe { __typename }');
    // Loopback callers may scrape the metrics (others need CHISO_METRICS_TOKEN).
    const metrics = await (await server.anonymous().fetch('/metrics')).text();
    expect(metrics).toMatch(
      /chiso_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="200"\} \d+/,
    );
    expect(metrics).toContain('chiso_graphql_operations_total{operation="Probe",outcome="ok"} 1');
  });

  it.skipIf(!enabled)('signs in with an httpOnly session cookie and signs out', async () => {
    const stale = await server.db.signInAttempt.create({
      data: {
        email: 'old@chiso.test',
        address: '198.51.100.7',
        succeeded: false,
        at: new Date('2026-01-01'),
      },
    });
    const client = server.anonymous();
    const signIn = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { signIn(input: { email: "Admin@chiso.test", password: "mat-khau-thu-nghiem" }) { __typename ... on SignInPayload { data { email role } } } }',
      }),
    });
    expect(signIn.headers.get('set-cookie')).toMatch(/^chiso_session=[\w-]{40,}; .*HttpOnly; SameSite=Lax/);
    const body = (await signIn.json()) as { data: { signIn: unknown } };
    expect(body.data.signIn).toEqual({
      __typename: 'SignInPayload',
      data: { email: 'admin@chiso.test', role: 'ADMIN' },
    });
    expect(await client.data('{ me { email } }')).toEqual({ me: { email: 'admin@chiso.test' } });
    // A successful sign-in clears attempts older than a day.
    expect(await server.db.signInAttempt.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await client.data('mutation { signOut }')).toEqual({ signOut: true });
    expect(await client.data('{ me { email } }')).toEqual({ me: null });
  });

  it.skipIf(!enabled)('refuses a wrong password with a typed error and no cookie', async () => {
    const client = server.anonymous();
    const result = await client.request(
      'mutation { signIn(input: { email: "admin@chiso.test", password: "wrong" }) { __typename ... on AppError { code message messages { vi en } } } }',
    );
    expect(result.data?.signIn).toEqual({
      __typename: 'AppError',
      code: 'UNAUTHENTICATED',
      message: 'Email hoặc mật khẩu không đúng.',
      messages: { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' },
    });
    expect(await client.data('{ me { email } }')).toEqual({ me: null });
  });

  it.skipIf(!enabled)(
    'slows password guessing: one sign-in per request, a growing lock per email, a limit per address',
    async () => {
      const user = await createUser(server, { email: 'guessed@chiso.test', role: 'ANALYST' });
      const client = server.anonymous();
      const signIn = (password: string) =>
        client.request(
          'mutation ($input: SignInInput!) { signIn(input: $input) { __typename ... on AppError { code messages { vi } } } }',
          { input: { email: 'guessed@chiso.test', password } },
        );
      const twice = await client.request(
        `mutation { a: signIn(input: { email: "guessed@chiso.test", password: "x" }) { __typename }
          b: signIn(input: { email: "guessed@chiso.test", password: "${TEST_PASSWORD}" }) { ... on AppError { code } } }`,
      );
      expect(twice.data?.b).toEqual({ code: 'LIMIT_EXCEEDED' });
      for (let failure = 2; failure <= 4; failure++)
        expect((await signIn('wrong')).data?.signIn.code).toBe('UNAUTHENTICATED');
      // The fifth failure locks the email for a minute: the right password is refused too.
      expect((await signIn('wrong')).data?.signIn.code).toBe('UNAUTHENTICATED');
      expect((await signIn(TEST_PASSWORD)).data?.signIn).toEqual({
        __typename: 'AppError',
        code: 'LIMIT_EXCEEDED',
        messages: {
          vi: 'Đã nhập sai mật khẩu nhiều lần với email này. Hãy thử lại sau 1 phút, hoặc nhờ quản trị viên đặt lại mật khẩu.',
        },
      });
      expect(
        await server.db.auditLog.count({ where: { action: 'session.signInFailed', entityId: user.id } }),
      ).toBe(5);
      // Many failures from one address refuse it whatever email it tries next.
      const address = '203.0.113.9';
      await server.db.signInAttempt.createMany({
        data: Array.from({ length: 30 }, (_, index) => ({
          email: `${index}@x.vn`,
          address,
          succeeded: false,
        })),
      });
      await expect(checkSignInAllowed(server.db, 'admin@chiso.test', address)).rejects.toMatchObject({
        code: 'LIMIT_EXCEEDED',
      });
      await expect(
        checkSignInAllowed(server.db, 'admin@chiso.test', '203.0.113.10'),
      ).resolves.toBeUndefined();
    },
  );

  it.skipIf(!enabled)('stores sessions and API tokens hashed, and audits who did what', async () => {
    const admin = await server.signedIn('admin@chiso.test');
    const created = await admin.data(
      'mutation { createApiToken(input: { name: "Dashboard" }) { ... on CreateApiTokenPayload { data { secret token { id name } } } } }',
    );
    const secret: string = created.createApiToken.data.secret;
    expect(secret).toMatch(/^chiso_/);
    const stored = await server.db.apiToken.findFirstOrThrow({ where: { name: 'Dashboard' } });
    expect(stored.tokenHash).not.toContain(secret);
    expect(await server.db.session.count({ where: { tokenHash: { contains: 'chiso' } } })).toBe(0);
    const log = await server.db.auditLog.findMany({ where: { action: 'apiToken.create' } });
    expect(log).toMatchObject([
      { entityType: 'ApiToken', entityId: stored.id, actorKind: 'user', after: { name: 'Dashboard' } },
    ]);

    // The token reads as a dashboard: not a person, and not an admin.
    const dashboard = server.withToken(secret);
    expect(await dashboard.data('{ me { email } }')).toEqual({ me: null });
    const refused = await dashboard.request('{ apiTokens { name } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.skipIf(!enabled)(
    'lets only admins manage tokens: others get FORBIDDEN, nobody gets UNAUTHENTICATED',
    async () => {
      const analyst = await server.signedIn('analyst@chiso.test');
      const asAnalyst = await analyst.request(
        'mutation { createApiToken(input: { name: "x" }) { __typename ... on AppError { code } } }',
      );
      expect(asAnalyst.data?.createApiToken).toEqual({ __typename: 'AppError', code: 'FORBIDDEN' });
      const anonymous = await server.anonymous().request('{ apiTokens { name } }');
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data?.apiTokens ?? null).toBeNull();
    },
  );

  it.skipIf(!enabled)('masks unexpected errors and validates inputs', async () => {
    const invalid = await server
      .anonymous()
      .request(
        'mutation { signIn(input: { email: "not-an-email", password: "x" }) { __typename ... on AppError { code issues { path } } } }',
      );
    expect(invalid.data?.signIn).toEqual({
      __typename: 'AppError',
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'email' }],
    });
    const wrongType = await server
      .anonymous()
      .request('mutation { signIn(input: { email: 3, password: "x" }) { __typename } }');
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
