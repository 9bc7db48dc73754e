import type { Db } from '@chiso/db';
import { AppError } from '../errors.ts';

/**
 * How fast passwords may be guessed. Failures count since the account's last success within the
 * window; from the fifth on, each one locks the email out for twice as long as the one before
 * (1, 2, 4 … minutes, at most an hour). An address is refused after many failures whatever emails it
 * tries. Attempts live in the database, so every API process sees the same counts.
 */
const SIGN_IN_LIMITS = {
  windowMinutes: 60,
  freeFailures: 4,
  maxLockMinutes: 60,
  addressFailures: 30,
} as const;

const MINUTE = 60_000;

/** When the email may try again after `failures` in a row, the last at `last` (null: at once). */
export function lockedUntil(failures: number, last: Date): Date | null {
  const beyond = failures - SIGN_IN_LIMITS.freeFailures;
  if (beyond <= 0) return null;
  const minutes = Math.min(2 ** (beyond - 1), SIGN_IN_LIMITS.maxLockMinutes);
  return new Date(last.getTime() + minutes * MINUTE);
}

function tooManyFailures(minutes: number, by: 'email' | 'address') {
  const wait = { vi: `${minutes} phút`, en: minutes === 1 ? '1 minute' : `${minutes} minutes` };
  return new AppError(
    'LIMIT_EXCEEDED',
    by === 'email'
      ? {
          vi: `Đã nhập sai mật khẩu nhiều lần với email này. Hãy thử lại sau ${wait.vi}, hoặc nhờ quản trị viên đặt lại mật khẩu.`,
          en: `Too many wrong passwords for this email. Try again in ${wait.en}, or ask an admin to reset the password.`,
        }
      : {
          vi: `Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Hãy thử lại sau ${wait.vi}.`,
          en: `Too many failed sign-ins from this network address. Try again in ${wait.en}.`,
        },
  );
}

/** Refuses before the password is even checked while the email or the address is locked out. */
export async function checkSignInAllowed(db: Db, email: string, address: string, now = new Date()) {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * MINUTE);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, succeeded: true, at: { gte: since } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  const failures = await db.signInAttempt.findMany({
    where: { email, succeeded: false, at: { gte: lastSuccess?.at ?? since } },
    orderBy: { at: 'desc' },
    select: { at: true },
  });
  const until = failures[0] ? lockedUntil(failures.length, failures[0].at) : null;
  if (until && until > now)
    throw tooManyFailures(Math.ceil((until.getTime() - now.getTime()) / MINUTE), 'email');
  const fromAddress = await db.signInAttempt.count({
    where: { address, succeeded: false, at: { gte: since } },
  });
  if (fromAddress >= SIGN_IN_LIMITS.addressFailures)
    throw tooManyFailures(SIGN_IN_LIMITS.windowMinutes, 'address');
}
