import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers on every answer (the console, /graphql, /graphiql, downloads). Scripts come only
 * from this origin; inline styles stay allowed because charts and Altair set style attributes; the
 * console may frame this origin's own pages (evidence previews), nothing else may frame it.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  // The same headers for every answer, so Helmet's middleware runs once, here, and each answer gets
  // its copy. @fastify/helmet made the middleware again for every request (`helmet(options)` parses
  // the whole policy each time): 3.7 s of the request thread's 60 s under `pnpm bench:load`, and
  // running it once per request still cost 1.9 s.
  const headers = headersSetBy(
    helmet({
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
    }),
  );
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

type Middleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** The headers a middleware sets on an answer (none of Helmet's depends on the request). */
function headersSetBy(middleware: Middleware): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error) => {
    if (error) throw error;
  });
  return headers;
}
