import { hashPassword, temporaryPassword, verifyPassword } from '@chiso/db';
import { problem } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { AppError, issueAt, unauthenticated, validationFailed } from '../../errors.ts';
import { endAccess, loadUser, passwordIssues } from './common.ts';

/**
 * An admin resets a person's password: a temporary one, shown to the admin once, that must be
 * changed at the next sign-in; the person's sessions end at once.
 */
export async function resetUserPassword(context: Context, id: string) {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const user = await context.db.$transaction(async (tx) => {
    await loadUser(tx, id, context.viewer);
    const after = await tx.user.update({ where: { id }, data: { passwordHash, mustChangePassword: true } });
    const ended = await endAccess(tx, id, { tokens: false });
    await audit(tx, context, {
      action: 'user.resetPassword',
      entityType: 'User',
      entityId: id,
      after: { mustChangePassword: true, endedSessions: ended.sessions },
    });
    return after;
  });
  return { user, temporaryPassword: password };
}

/** changeOwnPassword's input (checked on the GraphQL input type; the policy is checked by the service). */
export const ChangeOwnPasswordInput = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string(),
});

const wrongPassword = () =>
  new AppError(
    'VALIDATION_FAILED',
    { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
    [issueAt('currentPassword', problem('WRONG_PASSWORD'))],
  );

/**
 * The signed-in person changes their own password (also the way out of a temporary one): the
 * current password is checked, the new one must meet the policy and differ from it, and their
 * other sessions end.
 */
export async function changeOwnPassword(context: Context, data: z.output<typeof ChangeOwnPasswordInput>) {
  const { viewer } = context;
  if (viewer.kind !== 'user') throw unauthenticated();
  const user = await context.db.user.findUniqueOrThrow({ where: { id: viewer.userId } });
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) throw wrongPassword();
  const issues = passwordIssues(data.newPassword, user.email);
  if (data.newPassword === data.currentPassword) {
    issues.push(issueAt('newPassword', problem('PASSWORD_UNCHANGED')));
  }
  if (issues.length > 0) throw validationFailed(issues);
  const passwordHash = await hashPassword(data.newPassword);
  return context.db.$transaction(async (tx) => {
    const after = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false },
    });
    const ended = await endAccess(tx, user.id, { tokens: false, keepSessionId: viewer.sessionId });
    await audit(tx, context, {
      action: 'user.changePassword',
      entityType: 'User',
      entityId: user.id,
      after: { mustChangePassword: false, endedSessions: ended.sessions },
    });
    return after;
  });
}
