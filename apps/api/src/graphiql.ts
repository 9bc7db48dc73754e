import fastifyStatic from '@fastify/static';
import { getDistDirectory, renderAltair, SANDBOX_FRAME_CSP } from 'altair-static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * A GraphQL IDE that works offline: Altair, as altair-static ships it prebuilt (~7 MB, no Monaco),
 * served from node_modules — no CDN, which a government network may not reach. GraphiQL's prebuilt
 * bundle needed monaco-editor (~100 MB) in the dependency tree for the same job.
 */
export async function registerGraphiql(app: FastifyInstance): Promise<void> {
  const page = renderAltair({ baseURL: `${PREFIX}/`, serveInitialOptionsInSeperateRequest: 'init.js' });
  await app.register(fastifyStatic, {
    root: getDistDirectory(),
    prefix: `${PREFIX}/`,
    index: false,
    decorateReply: false,
    // The frame that runs pre-request scripts must stay sandboxed: no access to this origin's cookies.
    setHeaders: (reply, path) => {
      if (/[\\/]iframe-sandbox[\\/]/.test(path)) reply.header('content-security-policy', SANDBOX_FRAME_CSP);
    },
    // The package's own index.html starts Altair unconfigured: the page below replaces it.
    allowedPath: (path) => path !== '/index.html',
  });
  const html = (_request: unknown, reply: FastifyReply) => reply.type('text/html; charset=utf-8').send(page);
  app.get(PREFIX, html);
  app.get(`${PREFIX}/`, html);
  app.get(`${PREFIX}/init.js`, (_request, reply) => reply.type('text/javascript; charset=utf-8').send(INIT));
}

const PREFIX = '/graphiql';

// Options go in a script of their own, so that the endpoint can be made absolute in the browser:
// the page names no host and works behind any proxy or port.
const OPTIONS = {
  initialName: 'chiso',
  instanceStorageNamespace: 'chiso_',
  // Nothing that reaches for Altair's cloud: no account sign-in, update checks or product banners.
  disableAccount: true,
  initialSettings: { 'banners.disable': true, 'alert.disableUpdateNotification': true },
  initialQuery:
    '# chiso GraphQL API — sign in with the signIn mutation, then query.\nquery Me {\n  me { name role }\n}\n',
};
const INIT = `AltairGraphQL.init({ ...${JSON.stringify(OPTIONS)}, endpointURL: new URL('/graphql', location.href).href });\n`;
