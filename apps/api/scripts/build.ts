/**
 * `pnpm --filter @chiso/api build`: the server as one ES module, `dist/main.js` (with its source map),
 * so that production starts with plain `node` instead of compiling TypeScript on every start under tsx;
 * and beside it `dist/worker-*.js`, the jobs the pool's worker threads run (src/workers/), and
 * `dist/worker-pglite.js`, the embedded database's own thread (@chiso/db's src/pglite/worker.ts).
 *
 * The bundle runs from its place in the checkout (apps/api/dist), beside the installed packages and
 * the files the server reads at run time (migrations, criteria sets, seed data, the built console):
 * - Packages that load files of their own (wasm, PGlite's data, native `.node` addons) stay outside
 *   the bundle, imported by their path inside node_modules, since apps/api does not itself depend on
 *   them (pnpm would not let `node` find them from here by name).
 * - Our own modules find their files through `import.meta.url`; in the bundle that would name
 *   dist/main.js, so each one gets the address of its source file instead.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { JOB_FILES } from '../src/workers/jobs.ts';

const API = fileURLToPath(new URL('..', import.meta.url));
const PGLITE_WORKER = fileURLToPath(import.meta.resolve('@chiso/db/pglite-worker'));
const OUT_DIR = path.join(API, 'dist');

/**
 * What cannot be bundled: PGlite reads its .wasm and .data beside itself, argon2 is a native addon,
 * the schema engine is wasm read from its own folder (packages/db/src/migrate/engine.ts), and
 * altair-static serves the IDE's files from its own `dist/` (found through `__dirname`), piscina
 * starts its threads on its own `dist/worker.js` (also through `__dirname`), and pdfkit loads its
 * standard fonts through its package's `#standard-fonts` imports, which only its own folder resolves.
 */
const OUTSIDE = [
  '@electric-sql/pglite',
  '@node-rs/argon2',
  '@prisma/schema-engine-wasm',
  'altair-static',
  'piscina',
  'pdfkit',
];

const isOutside = (specifier: string) =>
  OUTSIDE.some((name) => specifier === name || specifier.startsWith(`${name}/`));

/** A path the bundle can import, relative to dist/ (always starting with `./` or `../`). */
const fromBundle = (file: string) => {
  const relative = path.relative(OUT_DIR, file).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
};

const keepOutside: Plugin = {
  name: 'keep-outside',
  setup(bundle) {
    bundle.onResolve({ filter: /^[@a-z]/ }, async (args) => {
      if (!isOutside(args.path) || args.pluginData === 'outside') return undefined;
      const resolved = await bundle.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'outside',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: fromBundle(resolved.path), external: true };
    });
  },
};

const ownSourceAddress: Plugin = {
  name: 'own-source-address',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const address = `new URL(${JSON.stringify(fromBundle(args.path))}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', address), loader: 'ts' };
    });
  },
};

const started = performance.now();
const result = await build({
  // Both in dist/ itself, so that the source addresses below are the same from either.
  entryPoints: {
    main: path.join(API, 'src/main.ts'),
    ...Object.fromEntries(
      Object.values(JOB_FILES).map((file) => [`worker-${file}`, path.join(API, `src/workers/${file}.ts`)]),
    ),
    // Found by src/database-thread.ts.
    'worker-pglite': PGLITE_WORKER,
  },
  outdir: OUT_DIR,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  define: {
    // The worker pool runs dist/worker-*.js rather than the TypeScript sources (src/workers/pool.ts).
    CHISO_BUNDLE: 'true',
    // What the bundle is for. graphql-js otherwise checks every type test against a copy from
    // another realm (16 % of an answer of 27,000 list items, bench/RESULTS.md "Snapshots read once
    // per change"); Apollo Server then leaves stack traces out of errors, and Prisma its call sites.
    'process.env.NODE_ENV': '"production"',
  },
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as chisoRequire } from 'node:module'; const require = chisoRequire(import.meta.url);",
  },
  plugins: [keepOutside, ownSourceAddress],
  metafile: true,
  logLevel: 'warning',
  write: false,
});
// Each file replaced at once (written beside, then renamed): a server or test starting
// dist/main.js while another task rebuilds it reads the old bundle or the new, never half of one.
await mkdir(OUT_DIR, { recursive: true });
for (const file of result.outputFiles) {
  const pending = `${file.path}.${process.pid}.tmp`;
  await writeFile(pending, file.contents);
  await rename(pending, file.path);
}
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(
  `chiso: built apps/api/dist/main.js and its worker jobs (${(bytes / 1e6).toFixed(1)} MB with its map) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
