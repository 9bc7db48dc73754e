import { passwordProblems, type Role, type Tx } from '@chiso/db';
import { problem } from '@chiso/scoring';
import { z } from 'zod';
import { assertOwnsProvince, unitsInScope } from '../../auth/provinces.ts';
import type { Viewer } from '../../context.ts';
import { type FieldIssue, invalidTransition, issueAt, notFound, validationFailed } from '../../errors.ts';

const ACCOUNT = { vi: 'tài khoản', en: 'the account' };

export const ROLES = ['ADMIN', 'REVIEWER', 'UNIT_OFFICER', 'ANALYST'] as const satisfies readonly Role[];

/** Emails are compared lower-cased: one account per address, whatever its spelling. */
export const emailField = z.string().trim().toLowerCase().pipe(z.email());
export const nameField = z.string().trim().min(1).max(200);

/** The password policy as field issues (codes PASSWORD_TOO_SHORT, …), for VALIDATION_FAILED. */
export function passwordIssues(password: string, email: string, path = 'newPassword'): FieldIssue[] {
  return passwordProblems(password, { email }).map((found) => issueAt(path, found));
}

/**
 * The units a person is bound to must exist and not have ended; a unit officer needs at least one
 * (they fill in those units' assessments and nothing else).
 */
export async function checkUnits(
  tx: Tx,
  viewer: Viewer,
  role: Role,
  unitIds: readonly string[],
  path = 'unitIds',
) {
  const unique = [...new Set(unitIds)];
  if (role === 'UNIT_OFFICER' && unique.length === 0) {
    throw validationFailed([issueAt(path, problem('UNITS_REQUIRED'))]);
  }
  const found = await tx.unit.findMany({
    // Another province's units are not found.
    where: { id: { in: unique }, endedOn: null, AND: [unitsInScope(viewer)] },
    select: { id: true },
  });
  if (found.length < unique.length) {
    throw validationFailed([issueAt(path, problem('UNIT_NOT_FOUND', undefined))]);
  }
  return unique;
}

/** An account to change: FORBIDDEN when it is not the viewer's province's (a national one, for a province's admin). */
export async function loadUser(tx: Tx, id: string, changedBy: Viewer) {
  const user = await tx.user.findUnique({ where: { id }, include: { units: { select: { unitId: true } } } });
  if (!user) throw notFound(ACCOUNT);
  assertOwnsProvince(changedBy, user.provinceId);
  return user;
}

/** What the audit trail keeps of an account: never its password hash. */
export function auditView(user: {
  email: string;
  name: string;
  role: Role;
  locale: string;
  disabledAt: Date | null;
  mustChangePassword: boolean;
  units: readonly { unitId: string }[];
}) {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    disabledAt: user.disabledAt,
    mustChangePassword: user.mustChangePassword,
    unitIds: user.units.map((link) => link.unitId),
  };
}

/** Called after a change inside its transaction: the province must keep an active administrator. */
export async function assertAnActiveAdmin(tx: Tx) {
  if ((await tx.user.count({ where: { role: 'ADMIN', disabledAt: null } })) === 0) {
    throw invalidTransition({
      vi: 'Phải còn ít nhất một quản trị viên đang hoạt động; thay đổi này sẽ không còn ai quản trị.',
      en: 'At least one active administrator must remain; this change would leave none.',
    });
  }
}

/** Sign a person out everywhere and end the API tokens they created: used on deactivation and reset. */
export async function endAccess(
  tx: Tx,
  userId: string,
  options: { tokens: boolean; keepSessionId?: string },
) {
  const sessions = await tx.session.deleteMany({
    where: { userId, ...(options.keepSessionId ? { id: { not: options.keepSessionId } } : {}) },
  });
  const tokens = options.tokens
    ? await tx.apiToken.updateMany({
        where: { createdById: userId, revokedAt: null },
        data: { revokedAt: new Date() },
      })
    : { count: 0 };
  return { sessions: sessions.count, tokens: tokens.count };
}
