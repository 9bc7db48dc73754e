/**
 * `pnpm --filter @chiso/api build`: the server as one ES module, `dist/main.js` (with its source map),
 * so that production starts with plain `node` instead of compiling TypeScript on every start under tsx.
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

const API = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = path.join(API, 'dist');

/**
 * What cannot be bundled: PGlite reads its .wasm and .data beside itself, argon2 is a native addon,
 * the schema engine is wasm read from its own folder (packages/db/src/migrate/engine.ts), and
 * altair-static serves the IDE's files from its own `dist/` (found through `__dirname`).
 */
const OUTSIDE = ['@electric-sql/pglite', '@node-rs/argon2', '@prisma/schema-engine-wasm', 'altair-static'];

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
  entryPoints: [path.join(API, 'src/main.ts')],
  outfile: path.join(OUT_DIR, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
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
  `chiso: built apps/api/dist/main.js (${(bytes / 1e6).toFixed(1)} MB with its map) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
