/**
 * `prisma generate` without the Prisma CLI: runs every generator in prisma/schema.prisma (the
 * TypeScript client and `prisma-pothos-types`) through the same library the CLI uses.
 *
 * Why not the CLI: it loads Prisma Studio at start-up (with a React of its own), depends on
 * `prisma dev` (with a second PGlite) and looks for a native schema engine, downloading one when
 * it is missing — which fails offline and on air-gapped networks. Generating needs none of that.
 * Run it through `pnpm run generate`, so that `prisma-pothos-types` is found on the PATH.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultRegistry } from '@prisma/client-generator-registry';
import { DEFAULT_SCHEMA_PATH } from './migrate/engine.ts';

// @prisma/internals is CommonJS whose named exports Node's ESM loader cannot see.
const require = createRequire(import.meta.url);
const { getGenerators } = require('@prisma/internals') as typeof import('@prisma/internals');

// Generators never run the schema engine, but getGenerators looks one up first: pointing it at any
// existing file (the WebAssembly engine we migrate with) keeps it from trying to download one.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= join(
  dirname(require.resolve('@prisma/schema-engine-wasm')),
  'schema_engine_bg.wasm',
);

const generators = await getGenerators({
  schemaPath: DEFAULT_SCHEMA_PATH,
  registry: defaultRegistry.toInternal(),
  cliCommand: 'generate',
});
try {
  for (const generator of generators) {
    const started = performance.now();
    await generator.generate();
    const output = generator.options?.generator.output?.value ?? '';
    console.log(
      `✔ ${generator.getPrettyName()} → ${output} in ${Math.round(performance.now() - started)} ms`,
    );
  }
} finally {
  for (const generator of generators) generator.stop();
}
