import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type AppBundle = {
  app: string;
  files: { file: string; bytes: number; gzipBytes: number }[];
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
};

/** The targets of issue 8, in KB of 1,000 bytes, for the JavaScript of the first route (gzip). */
export const FIRST_ROUTE_LIMIT_KB = { portal: 170, admin: 250 } as const;

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];

/**
 * What a browser fetches before the first route can run: the entry script of dist/index.html and
 * every module it preloads (the JavaScript that must arrive first), each gzipped with node:zlib at
 * its default level (6, what a compressing server or proxy sends). CSS linked there is listed apart.
 */
export function firstRouteSize(repoRoot: string, app: 'portal' | 'admin'): AppBundle {
  const dist = path.join(repoRoot, 'apps', app, 'dist');
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].flatMap((m) => attr(m[0], 'src') ?? []);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].flatMap(
    (m) => attr(m[0], 'href') ?? [],
  );
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].flatMap(
    (m) => attr(m[0], 'href') ?? [],
  );
  const size = (href: string) => {
    // The apps are served under / (portal) and /admin/ (admin); the files live under dist/.
    const file = href.replace(/^\/admin\//, '/').replace(/^\//, '');
    const bytes = readFileSync(path.join(dist, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  };
  const js = [...new Set([...scripts, ...preloads])].map(size);
  const css = styles.map(size);
  return {
    app,
    files: [...js, ...css],
    jsBytes: js.reduce((a, f) => a + f.bytes, 0),
    jsGzipBytes: js.reduce((a, f) => a + f.gzipBytes, 0),
    cssGzipBytes: css.reduce((a, f) => a + f.gzipBytes, 0),
  };
}

/** Builds both apps as production does (turbo, so generated code is fresh). */
export function buildApps(repoRoot: string): void {
  execFileSync(
    'npx',
    [
      '--yes',
      'pnpm@10.34.8',
      'turbo',
      'run',
      'build',
      '--filter=@imh/portal',
      '--filter=@imh/admin',
      '--output-logs=errors-only',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] },
  );
}
