/**
 * Prisma CLI configuration, used by `prisma generate` only.
 *
 * The Prisma 7 CLI insists on a native schema engine and downloads one when it is missing — which
 * fails offline and on air-gapped networks. `generate` never runs that engine, so pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at any existing file (here the WebAssembly engine we migrate with)
 * skips the download. Migrations run through src/migrate/, never through the CLI.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'prisma/config';

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const require = createRequire(import.meta.url);
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = join(
    dirname(require.resolve('@prisma/schema-engine-wasm')),
    'schema_engine_bg.wasm',
  );
}

export default defineConfig({
  schema: '../../prisma/schema.prisma',
  migrations: { path: '../../prisma/migrations' },
});
