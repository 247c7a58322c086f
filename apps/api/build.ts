// Builds the API as production runs it: one ES module, dist/main.mjs, from src/main.ts and the
// workspace packages it imports (TypeScript source, see each package.json), run by plain `node`.
// Running TypeScript through tsx at run time cost about 32 MiB of memory more at rest
// (docs/benchmarks/operations.md). Registry packages stay external and load from node_modules, so
// this package lists those the bundled workspace code needs (pg, the Prisma adapters, PGlite); the
// generated Prisma client stays where `prisma generate` put it, next to its WASM query compiler.
//   tsx build.ts                  dist/main.mjs
//   tsx build.ts <entry> <out>    another entry (the benchmarks' API process)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const apiDir = path.dirname(fileURLToPath(import.meta.url));
const packagesDir = path.resolve(apiDir, '../../packages');

/** Bundles `entry` (relative to apps/api) into `outfile`. */
export async function buildApi(entry = 'src/main.ts', outfile = 'dist/main.mjs') {
  await build({
    absWorkingDir: apiDir,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    // Some external packages are CommonJS that call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [workspaceSources],
  });
}

const workspaceSources: Plugin = {
  name: 'workspace-sources',
  setup(b) {
    // @imh/* packages export TypeScript source: bundle it (their package.json `exports` name it).
    b.onResolve({ filter: /^@imh\// }, async (args) => {
      const [, name, ...sub] = args.path.split('/');
      const pkg = JSON.parse(await readFile(path.join(packagesDir, name as string, 'package.json'), 'utf8'));
      const key = sub.length ? `./${sub.join('/')}` : '.';
      const target = pkg.exports?.[key];
      if (typeof target !== 'string') throw new Error(`${args.path}: no export ${key} in ${name}`);
      return { path: path.join(packagesDir, name as string, target) };
    });
    // The generated Prisma client loads its WASM from its own folder: import it in place.
    b.onResolve({ filter: /\/generated\/client\/index\.js$/ }, (args) => ({
      path: pathToFileURL(path.resolve(args.resolveDir, args.path)).href,
      external: true,
    }));
    // Sources find files next to them (migrations, the repository root) through import.meta.url:
    // each keeps its own file's URL, not the bundle's.
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      };
    });
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, outfile] = process.argv.slice(2);
  await buildApi(entry, outfile);
}
