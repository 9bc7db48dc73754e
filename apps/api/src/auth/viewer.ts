import type { Db, Role } from '@chiso/db';
import type { FastifyRequest } from 'fastify';
import type { Viewer } from '../context.ts';
import { forbidden, unauthenticated } from '../errors.ts';
import { API_TOKEN_PREFIX, SESSION_COOKIE, secretHash } from './tokens.ts';

/**
 * Who is calling: a bearer token (dashboards) wins over the session cookie (the console).
 * An unknown, expired or revoked secret is simply anonymous.
 */
async function resolveViewer(
  db: Db,
  bearer: string | undefined,
  cookie: string | undefined,
): Promise<Viewer> {
  if (bearer?.startsWith(API_TOKEN_PREFIX)) {
    const token = await db.apiToken.findUnique({
      where: { tokenHash: secretHash(bearer) },
      select: { id: true, revokedAt: true, createdBy: { select: { disabledAt: true, provinceId: true } } },
    });
    // A deactivated admin's tokens are revoked with them; the check here covers older rows too.
    if (token && !token.revokedAt && !token.createdBy.disabledAt)
      return { kind: 'token', tokenId: token.id, provinceId: token.createdBy.provinceId };
    return { kind: 'anonymous' };
  }
  if (cookie) {
    const session = await db.session.findUnique({
      where: { tokenHash: secretHash(cookie) },
      include: {
        user: {
          select: {
            id: true,
            role: true,
            disabledAt: true,
            mustChangePassword: true,
            provinceId: true,
            units: { select: { unitId: true } },
          },
        },
      },
    });
    if (session && session.expiresAt > new Date() && !session.user.disabledAt) {
      return sessionViewer(session.user, session.id);
    }
  }
  return { kind: 'anonymous' };
}

/**
 * The viewer of an HTTP request: `Authorization: Bearer …` or the session cookie. A person who must
 * first change their password is anonymous here unless the caller (GraphQL, which lets them change
 * it) asks for them as they are.
 */
export async function viewerOf(
  db: Db,
  request: FastifyRequest,
  options: { pendingPasswordChange?: boolean } = {},
): Promise<Viewer> {
  const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const viewer = await resolveViewer(db, bearer, request.cookies?.[SESSION_COOKIE]);
  if (viewer.kind === 'user' && viewer.mustChangePassword && !options.pendingPasswordChange)
    return { kind: 'anonymous' };
  return viewer;
}

/**
 * The person behind a download or an upload (the REST routes): dashboards' API tokens read only
 * through the GraphQL operations an admin registered for them, so they get FORBIDDEN here.
 */
export async function personOf(db: Db, request: FastifyRequest): Promise<Extract<Viewer, { kind: 'user' }>> {
  const viewer = await viewerOf(db, request);
  if (viewer.kind === 'user') return viewer;
  if (viewer.kind === 'anonymous') throw unauthenticated();
  throw forbidden({
    vi: 'việc tải tệp bằng mã API (bảng điều khiển chỉ chạy các truy vấn đã đăng ký)',
    en: 'file downloads with an API token (dashboards run registered queries only)',
  });
}

/** A person as the viewer of a session: who, with what role, for which units. */
export function sessionViewer(
  user: {
    id: string;
    role: Role;
    mustChangePassword: boolean;
    provinceId: string | null;
    units: readonly { unitId: string }[];
  },
  sessionId: string,
): Extract<Viewer, { kind: 'user' }> {
  return {
    kind: 'user',
    userId: user.id,
    role: user.role,
    unitIds: user.units.map((link) => link.unitId),
    provinceId: user.provinceId,
    sessionId,
    mustChangePassword: user.mustChangePassword,
  };
}
