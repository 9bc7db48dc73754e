import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { assertAnActiveAdmin, auditView, endAccess, loadUser } from './common.ts';

/**
 * Deactivates an account: its sessions are deleted and the API tokens it created revoked in the same
 * transaction, so the person's very next request is anonymous. The account stays for the audit trail.
 */
export async function deactivateUser(context: Context, id: string) {
  return context.db.$transaction(async (tx) => {
    const before = await loadUser(tx, id, context.viewer);
    if (before.disabledAt) return before;
    const after = await tx.user.update({
      where: { id },
      data: { disabledAt: new Date() },
      include: { units: { select: { unitId: true } } },
    });
    await assertAnActiveAdmin(tx);
    const ended = await endAccess(tx, id, { tokens: true });
    await audit(tx, context, {
      action: 'user.deactivate',
      entityType: 'User',
      entityId: id,
      before: auditView(before),
      after: { ...auditView(after), endedSessions: ended.sessions, revokedTokens: ended.tokens },
    });
    return after;
  });
}

/** Lets a deactivated person sign in again (their revoked tokens stay revoked). */
export async function reactivateUser(context: Context, id: string) {
  return context.db.$transaction(async (tx) => {
    const before = await loadUser(tx, id, context.viewer);
    if (!before.disabledAt) return before;
    const after = await tx.user.update({
      where: { id },
      data: { disabledAt: null },
      include: { units: { select: { unitId: true } } },
    });
    await audit(tx, context, {
      action: 'user.reactivate',
      entityType: 'User',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
