// The first-route JavaScript of both apps on its own, without the operations benchmark's database:
//   npm run bench:first-route (apps/api) · npx tsx bench/first-route.ts [--skip-build]
// Builds both apps (unless --skip-build), prints what each index.html makes the browser fetch first,
// file by file, and exits with 1 when an app is over its target.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApps, FIRST_ROUTE_LIMIT_KB, firstRouteSize } from './bundle-size.ts';

const { values } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } } });
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
if (!values['skip-build']) buildApps(repoRoot);

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
let missed = false;
for (const app of ['portal', 'admin'] as const) {
  const bundle = firstRouteSize(repoRoot, app);
  const limit = FIRST_ROUTE_LIMIT_KB[app];
  const met = bundle.jsGzipBytes <= limit * 1000;
  missed ||= !met;
  console.log(
    `${app}: ${kB(bundle.jsGzipBytes)} JS gzip (${kB(bundle.jsBytes)} raw), CSS ${kB(bundle.cssGzipBytes)} gzip, ` +
      `${bundle.files.length} files; target ≤ ${limit} KB ${met ? 'met' : 'MISSED'}`,
  );
  for (const file of bundle.files) console.log(`  ${file.file.padEnd(40)} ${kB(file.gzipBytes).padStart(9)}`);
}
process.exitCode = missed ? 1 : 0;
