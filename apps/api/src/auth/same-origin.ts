import type { FastifyInstance } from 'fastify';
import { forbidden } from '../errors.ts';
import { sendAppError } from '../http-errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Uploads and other writes outside GraphQL (evidence, workbooks) carry the session cookie, and a form
 * on another site could send them (SameSite=Lax lets some through). A browser names where a request
 * comes from (`Sec-Fetch-Site`, `Origin`): anything but this origin is refused. Requests with an API
 * token carry no cookie and are left alone; /graphql has Apollo's own CSRF prevention.
 */
export function refuseCrossSiteWrites(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || request.routeOptions.url === '/graphql') return;
    if (!request.headers.cookie) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const crossSite =
      (site !== undefined && site !== 'same-origin' && site !== 'none') ||
      (origin !== undefined && origin !== `${request.protocol}://${request.host}`);
    if (!crossSite) return;
    return sendAppError(
      request,
      reply,
      forbidden({ vi: 'việc gửi dữ liệu từ một trang web khác', en: 'sending data from another website' }),
    );
  });
}
