import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or a bearer token: 256 random bits, URL-safe. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Secrets are stored only as their SHA-256: a leaked table grants nothing. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const SESSION_COOKIE = 'chiso_session';
export const SESSION_DAYS = 14;
/** Dashboard tokens start with this, so a leaked one is easy to recognise and search for. */
export const API_TOKEN_PREFIX = 'chiso_';
