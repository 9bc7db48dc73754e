import { z } from 'zod';
import { audit } from '../audit.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { checkSignInAllowed } from '../auth/sign-in-throttle.ts';
import { API_TOKEN_PREFIX, newSecret, SESSION_DAYS, secretHash } from '../auth/tokens.ts';
import { sessionViewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { AppError, notFound } from '../errors.ts';

/** signIn's input (checked on the GraphQL input type): emails compare in lower case. */
export const SignInInput = z.object({
  email: z.email().transform((email) => email.toLowerCase()),
  password: z.string().min(1),
});

const badCredentials = () =>
  new AppError('UNAUTHENTICATED', {
    vi: 'Email hoặc mật khẩu không đúng.',
    en: 'Wrong email or password.',
  });

const oneSignInPerRequest = () =>
  new AppError('LIMIT_EXCEEDED', {
    vi: 'Mỗi yêu cầu chỉ được đăng nhập một lần.',
    en: 'Only one sign-in per request.',
  });

/** Checks the password and opens a session (the cookie carries the secret, the table its hash). */
export async function signIn(context: Context, { email, password }: { email: string; password: string }) {
  // Aliases would otherwise try a hundred passwords in one request.
  if (context.signInTried) throw oneSignInPerRequest();
  context.signInTried = true;
  const address = context.address ?? 'unknown';
  await checkSignInAllowed(context.db, email, address);
  const user = await context.db.user.findUnique({
    where: { email },
    include: { units: { select: { unitId: true } } },
  });
  // Verify against a dummy hash when the user is unknown, so timing does not reveal accounts.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !valid || user.disabledAt) {
    await context.db.$transaction(async (tx) => {
      await tx.signInAttempt.create({ data: { email, address, succeeded: false } });
      await audit(tx, context, {
        action: 'session.signInFailed',
        entityType: 'User',
        entityId: user?.id ?? email,
        after: { email, address },
      });
    });
    throw badCredentials();
  }
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  const viewer = await context.db.$transaction(async (tx) => {
    const session = await tx.session.create({
      data: { tokenHash: secretHash(secret), userId: user.id, expiresAt },
    });
    await tx.signInAttempt.create({ data: { email, address, succeeded: true } });
    // Attempts matter for an hour (auth/sign-in-throttle.ts); a day's are kept for whoever investigates.
    await tx.signInAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 86_400_000) } } });
    const signedIn = sessionViewer(user, session.id);
    await audit(
      tx,
      { viewer: signedIn },
      { action: 'session.signIn', entityType: 'User', entityId: user.id },
    );
    return signedIn;
  });
  context.session.set(secret, expiresAt);
  // The rest of this request (the answer: the account itself) is read as the person now signed in.
  context.viewer = viewer;
  return user;
}

export async function signOut(context: Context): Promise<boolean> {
  const { viewer } = context;
  if (viewer.kind === 'user') {
    await context.db.$transaction(async (tx) => {
      await tx.session.delete({ where: { id: viewer.sessionId } });
      await audit(tx, context, { action: 'session.signOut', entityType: 'User', entityId: viewer.userId });
    });
  }
  context.session.clear();
  return true;
}

/** createApiToken's input (checked on the GraphQL input type). */
export const CreateApiTokenInput = z.object({ name: z.string().trim().min(1).max(100) });

/** A dashboard token: shown once, stored hashed. */
export async function createApiToken(context: Context, { name }: { name: string }) {
  if (context.viewer.kind !== 'user') throw badCredentials();
  const createdById = context.viewer.userId;
  const secret = newSecret(API_TOKEN_PREFIX);
  const token = await context.db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({ data: { name, tokenHash: secretHash(secret), createdById } });
    await audit(tx, context, {
      action: 'apiToken.create',
      entityType: 'ApiToken',
      entityId: created.id,
      after: { name },
    });
    return created;
  });
  return { token, secret };
}

export async function revokeApiToken(context: Context, id: string) {
  return context.db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id } });
    if (!token) throw notFound({ vi: 'mã truy cập', en: 'the API token' });
    const revoked = await tx.apiToken.update({
      where: { id },
      data: { revokedAt: token.revokedAt ?? new Date() },
    });
    await audit(tx, context, {
      action: 'apiToken.revoke',
      entityType: 'ApiToken',
      entityId: id,
      before: token,
      after: revoked,
    });
    return revoked;
  });
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not a real password');
  return dummy;
}
