/**
 * Offline migrations: Prisma's schema engine compiled to WebAssembly, driven through a driver adapter.
 *
 * Why: the Prisma 7 CLI (`prisma migrate dev|deploy`) downloads a native schema engine at run time, which
 * fails on machines without internet. Prisma also ships the same engine as WebAssembly
 * (`@prisma/schema-engine-wasm`), which talks to the database through a JS driver adapter instead of
 * its own network code. `@prisma/migrate`'s `Migrate` class does the rest exactly as the CLI does:
 * it reads `prisma/migrations/*`, writes new migration folders and `migration_lock.toml`, and records
 * applied migrations in `_prisma_migrations`. So the files stay compatible with the official CLI.
 *
 * Works against PGlite (embedded) and a real PostgreSQL server (via @prisma/adapter-pg).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine as WasmSchemaEngine } from '@prisma/schema-engine-wasm';
import { withDispose } from './adapters.ts';

// @prisma/migrate is CommonJS that Node's ESM loader cannot see named exports in, and its package.json
// "types" points at a file that is not published (declarations are in dist/src/). Require the two
// entry points directly (also ~3x faster to load than the package index with all CLI commands).
const require = createRequire(import.meta.url);
const { Migrate } =
  require('@prisma/migrate/dist/Migrate.js') as typeof import('@prisma/migrate/dist/src/Migrate.js');
type Migrate = import('@prisma/migrate/dist/src/Migrate.js').Migrate;
const { SchemaEngineWasm } =
  require('@prisma/migrate/dist/SchemaEngineWasm.js') as typeof import('@prisma/migrate/dist/src/SchemaEngineWasm.js');
type SchemaEngineWasm = import('@prisma/migrate/dist/src/SchemaEngineWasm.js').SchemaEngineWasm;

/** The repository root: the one schema and its migrations live in prisma/ there. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const DEFAULT_SCHEMA_PATH = path.join(ROOT, 'prisma', 'schema.prisma');
export const DEFAULT_MIGRATIONS_DIR = path.join(ROOT, 'prisma', 'migrations');

export interface MigrateOptions {
  /** Where migrations go to: see pgliteMigrationAdapter / postgresMigrationAdapter. */
  adapter: SqlMigrationAwareDriverAdapterFactory;
  schemaPath?: string;
  migrationsDir?: string;
}

type WasmRuntime = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
// The WebAssembly global exists in every Node version we support, but TypeScript declares it only in
// lib.dom (and @types/node 22 does not): declare the two calls we use.
declare const WebAssembly: {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: Record<string, object>): Promise<{ exports: Record<string, unknown> }>;
};

let runtimePromise: Promise<WasmRuntime> | undefined;
/** Timers the engine started and that have not fired yet; see loadWasmRuntime. */
const engineTimers = new Set<NodeJS.Timeout>();
let runningEngines = 0;

/**
 * Instantiate the WebAssembly schema engine once per process. `@prisma/internals` would look for
 * `build/schema_engine_bg.wasm` inside itself, which the published package lacks, and the package's
 * main entry does `import … from "./schema_engine_bg.wasm"` (ESM-wasm, unsupported by Node). So we
 * compile the .wasm file ourselves and wire it to the wasm-bindgen glue (`schema_engine_bg.js`).
 *
 * The engine arms timeouts (e.g. 10 s around the migration advisory lock) through the glue's
 * `__wbg_setTimeout_*` import and never cancels them, which kept Node alive ~10 s after every
 * migration. We hand the wasm a setTimeout that remembers its timers, and clear the leftovers
 * when no engine is running any more (see withMigrate).
 */
function loadWasmRuntime(): Promise<WasmRuntime> {
  runtimePromise ??= (async () => {
    const runtime = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const imports: Record<string, unknown> = { ...runtime };
    for (const name of Object.keys(imports).filter((n) => n.startsWith('__wbg_setTimeout_'))) {
      imports[name] = (callback: () => void, ms: number) => {
        const timer = setTimeout(() => {
          engineTimers.delete(timer);
          callback();
        }, ms >>> 0);
        engineTimers.add(timer);
        return timer;
      };
    }
    const wasmFile = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm')),
      'schema_engine_bg.wasm',
    );
    const module = await WebAssembly.compile(await readFile(wasmFile));
    const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': imports });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime;
  })();
  return runtimePromise;
}

/** The parts of Migrate's private constructor we use (Migrate.setup() in 7.10 only starts the native CLI engine). */
type MigrateConstructor = new (input: {
  engine: SchemaEngineWasm;
  migrationsDirPath: string;
  schemaContext: { schemaFiles: [string, string][] };
}) => Migrate;
/** SchemaEngineWasm's private constructor; its static setup() would use @prisma/internals' broken wasm loader. */
type SchemaEngineWasmConstructor = new (input: {
  engine: WasmSchemaEngine;
  errorRegistry: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>['errorRegistry'];
}) => SchemaEngineWasm;

/**
 * Remember every connection the engine opens so withMigrate can dispose them: otherwise
 * adapter-pg's pools stay open and keep Node alive until their idle timeout (10 s).
 * (PGlite's dispose() is a no-op: the PGlite instance stays the caller's to close.)
 */
function trackConnections(
  factory: SqlMigrationAwareDriverAdapterFactory,
  connections: SqlDriverAdapter[],
): SqlMigrationAwareDriverAdapterFactory {
  const track = async (pending: Promise<SqlDriverAdapter>) => {
    const connection = await pending;
    // The engine itself disposes the shadow connection; a second dispose() would throw in pg-pool.
    let disposed: Promise<void> | undefined;
    const tracked = withDispose(connection, () => (disposed ??= connection.dispose()));
    connections.push(tracked);
    return tracked;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
}

/** Run `fn` with a Migrate instance backed by the WebAssembly engine, then free the engine. */
export async function withMigrate<T>(
  options: MigrateOptions,
  fn: (migrate: Migrate) => Promise<T>,
): Promise<T> {
  const schemaPath = options.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const schemaFiles: [string, string][] = [[schemaPath, await readFile(schemaPath, 'utf8')]];

  const runtime = await loadWasmRuntime();
  // The error-capturing wrapper is what the engine expects: it keeps JS errors in a registry so the
  // engine can report driver errors (e.g. P1001, P3018) with their original messages.
  const connections: SqlDriverAdapter[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(trackConnections(options.adapter, connections));
  runningEngines++;
  let migrate: Migrate | undefined;
  try {
    const wasmEngine = await runtime.SchemaEngine.new(
      { datamodels: schemaFiles },
      (log: string) => process.env.DEBUG_SCHEMA_ENGINE && console.error('[schema-engine]', log),
      adapter,
    );
    const engine = new (SchemaEngineWasm as unknown as SchemaEngineWasmConstructor)({
      engine: wasmEngine,
      errorRegistry: adapter.errorRegistry,
    });
    migrate = new (Migrate as unknown as MigrateConstructor)({
      engine,
      migrationsDirPath: migrationsDir,
      schemaContext: { schemaFiles },
    });
    return await fn(migrate);
  } finally {
    await migrate?.stop(); // frees the wasm engine; it disposes shadow connections, not the main one
    await Promise.all(connections.map((connection) => connection.dispose()));
    if (--runningEngines === 0) {
      for (const timer of engineTimers) clearTimeout(timer);
      engineTimers.clear();
    }
  }
}
