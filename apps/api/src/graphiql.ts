import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * A GraphQL IDE that works offline: GraphiQL as @graphql-yoga/graphiql ships it prebuilt (with its
 * Monaco workers), served from node_modules — no CDN, which a government network may not reach.
 */
export async function registerGraphiql(app: FastifyInstance): Promise<void> {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');
  await app.register(fastifyStatic, { root: dist, prefix: '/graphiql/assets/', decorateReply: false });
  app.get('/graphiql', async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
}

const WORKERS = {
  graphql: 'graphql.worker..bundle.js',
  json: 'json.worker.bundle.js',
  default: 'editor.worker.bundle.js',
};

const PAGE = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>chiso — GraphQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Đang tải… / Loading…</div>
  <script>
    const workers = ${JSON.stringify(WORKERS)};
    globalThis.MonacoEnvironment = {
      getWorker: (_id, label) =>
        new Worker('/graphiql/assets/monacoeditorwork/' + (workers[label] || workers.default), { type: 'module' }),
    };
  </script>
  <script src="/graphiql/assets/yoga-graphiql.umd.js"></script>
  <script>
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById('graphiql'), {
      endpoint: '/graphql',
      title: 'chiso',
      credentials: 'same-origin',
      query: '# chiso GraphQL API — sign in with the signIn mutation, then query.\\nquery Me {\\n  me { name role }\\n}\\n',
    });
  </script>
</body>
</html>`;
