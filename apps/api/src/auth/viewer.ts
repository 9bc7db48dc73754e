import type { Db } from '@chiso/db';
import type { FastifyRequest } from 'fastify';
import type { Viewer } from '../context.ts';
import { API_TOKEN_PREFIX, SESSION_COOKIE, secretHash } from './tokens.ts';

/**
 * Who is calling: a bearer token (dashboards) wins over the session cookie (the console).
 * An unknown, expired or revoked secret is simply anonymous.
 */
export async function resolveViewer(
  db: Db,
  bearer: string | undefined,
  cookie: string | undefined,
): Promise<Viewer> {
  if (bearer?.startsWith(API_TOKEN_PREFIX)) {
    const token = await db.apiToken.findUnique({ where: { tokenHash: secretHash(bearer) } });
    if (token && !token.revokedAt) return { kind: 'token', tokenId: token.id };
    return { kind: 'anonymous' };
  }
  if (cookie) {
    const session = await db.session.findUnique({
      where: { tokenHash: secretHash(cookie) },
      include: { user: { select: { id: true, role: true, unitId: true, disabledAt: true } } },
    });
    if (session && session.expiresAt > new Date() && !session.user.disabledAt) {
      const { user } = session;
      return { kind: 'user', userId: user.id, role: user.role, unitId: user.unitId, sessionId: session.id };
    }
  }
  return { kind: 'anonymous' };
}

/** The viewer of an HTTP request: `Authorization: Bearer …` or the session cookie. */
export function viewerOf(db: Db, request: FastifyRequest): Promise<Viewer> {
  const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return resolveViewer(db, bearer, request.cookies?.[SESSION_COOKIE]);
}
