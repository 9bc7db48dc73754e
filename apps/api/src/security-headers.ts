import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers on every answer (the console, /graphql, /graphiql, downloads). Scripts come only
 * from this origin; inline styles stay allowed because charts and Altair set style attributes; the
 * console may frame this origin's own pages (evidence previews), nothing else may frame it.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  // Helmet's middleware, made once. @fastify/helmet made it again for every request (`helmet(options)`
  // parses the whole policy each time): 3.7 s of the request thread's 60 s under `pnpm bench:load`.
  const apply = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        frameSrc: ["'self'", 'blob:'],
        frameAncestors: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    frameguard: { action: 'sameorigin' },
    referrerPolicy: { policy: 'same-origin' },
    // The console loads nothing from elsewhere; these would only get in the way of evidence previews.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    apply(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
}
