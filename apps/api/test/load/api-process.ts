import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = 'dist/main.mjs';

/** A port nobody listens on right now (main.ts prints its address from PORT, so 0 will not do). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export type ApiProcess = Awaited<ReturnType<typeof startApiProcess>>;

/**
 * The API as production runs it: the built `dist/main.mjs` (server-check.ts builds it) in a process of its own (outbox worker, reminders, renewal scheduler and
 * statistics refresher included), on the given database, reached over real HTTP. One node process,
 * so a SIGKILL kills the API itself. Its output is kept for the report.
 */
export async function startApiProcess(opts: { databaseUrl: string; port?: number; dataDir?: string }) {
  const port = opts.port ?? (await freePort());
  const dataDir = opts.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'imh-load-api-')));
  const url = `http://127.0.0.1:${port}`;
  if (!existsSync(path.join(apiDir, BUILT)))
    throw new Error(`${BUILT} is missing: the load config's global setup builds it`);
  const child = spawn(process.execPath, ['--enable-source-maps', BUILT], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      SEED_DEMO_DATA: 'false',
      // The load clients pose as many addresses, as people behind a proxy are.
      TRUST_PROXY: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) output.push(line);
    if (output.length > 2000) output.splice(0, output.length - 2000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((e) => {
    exit = e;
  });

  await waitUntilHealthy(url, child, () => output.slice(-30).join('\n'));
  return {
    url,
    port,
    dataDir,
    pid: child.pid ?? -1,
    output,
    exited,
    get alive() {
      return exit === undefined;
    },
    /** Lines the API logged as unexpected errors (masked to clients as INTERNAL_SERVER_ERROR). */
    unexpectedErrors: () => output.filter((l) => l.includes('[graphql] unexpected error')).length,
    kill(signal: NodeJS.Signals = 'SIGKILL') {
      child.kill(signal);
      return exited;
    },
    /** A clean stop (SIGTERM, the API's own shutdown), forced after a few seconds. */
    async stop() {
      if (exit) return exit;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    async removeData() {
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitUntilHealthy(url: string, child: ChildProcess, tail: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the API exited during start-up:\n${tail()}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not become healthy within 60 s:\n${tail()}`);
}
