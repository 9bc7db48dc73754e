import { randomBytes } from 'node:crypto';
import { type Problem, type ProblemCode, problem } from '@chiso/scoring';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes); stored as a PHC string. */
const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable as a value */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** Codes PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_EMAIL. */
export type PasswordProblem = Problem<ProblemCode>;

// Passwords people reach for first, and the published demo password, which must never guard real data.
const COMMON = new Set([
  'chiso-demo',
  '1234567890',
  '0123456789',
  '12345678910',
  'qwertyuiop',
  'password123',
  'password1234',
  'matkhau123',
  'matkhau1234',
  'abc1234567',
  'admin12345',
  'administrator',
  'iloveyou123',
  '1q2w3e4r5t',
]);

/**
 * The minimum policy (after NIST SP 800-63B): long enough, not a well-known password, not a
 * repetition of one character, not built on the account's email. No composition rules: they make
 * passwords harder to remember, not to guess.
 */
export function passwordProblems(password: string, account: { email?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    problems.push(problem('PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH }));
  }
  if ([...password].length > MAX_PASSWORD_LENGTH) {
    problems.push(problem('PASSWORD_TOO_LONG', { max: MAX_PASSWORD_LENGTH }));
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1*$/u.test(password)) {
    problems.push(problem('PASSWORD_TOO_COMMON'));
  }
  const local = account.email?.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lower.includes(local)) {
    problems.push(problem('PASSWORD_CONTAINS_EMAIL'));
  }
  return problems;
}

// No 0/o, 1/l/i: a temporary password is read off a screen or a sheet and typed by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A temporary password: 15 random characters from 31 (≈ 74 bits) in groups of five, e.g. `k7mqx-2pahd-9rwe3`. */
export function temporaryPassword(): string {
  const bytes = randomBytes(30);
  let text = '';
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 31).
  for (const byte of bytes) {
    if (byte >= 248) continue;
    text += ALPHABET[byte % ALPHABET.length];
    if (text.length === 15) break;
  }
  if (text.length < 15) return temporaryPassword();
  return `${text.slice(0, 5)}-${text.slice(5, 10)}-${text.slice(10)}`;
}
