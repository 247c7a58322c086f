import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Reply = { id: number } & Record<string, unknown>;

/**
 * A script run as its own Node process: a built .mjs bundle with plain node (as production runs the
 * API), a .ts source with tsx as a loader (one process, so its RSS is the server's own).
 */
export type Child = {
  pid: number;
  port: number;
  process: ChildProcess;
  /** Sends a message and waits for the reply with the same id. */
  ask<T = Record<string, unknown>>(message: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
};

/**
 * Starts `script` (relative to apps/api). BENCH_CHILD_NODE_ARGS adds Node flags to the children, e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where a server spends its time under load.
 */
export async function startChild(script: string, env: Record<string, string>): Promise<Child> {
  const extra = process.env.BENCH_CHILD_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(
    process.execPath,
    [
      ...extra,
      '--expose-gc',
      ...(script.endsWith('.ts') ? ['--import', 'tsx'] : ['--enable-source-maps']),
      path.join(apiDir, script),
    ],
    {
      cwd: apiDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const waiting = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    child.on('message', (m: Reply & { type?: string; port?: number }) => {
      if (m.type === 'ready') resolve(m.port as number);
      else waiting.get(m.id)?.(m);
    });
  });
  return {
    pid: child.pid as number,
    port,
    process: child,
    ask<T>(message: Record<string, unknown>) {
      const id = nextId++;
      return new Promise<T>((resolve) => {
        waiting.set(id, (reply) => {
          waiting.delete(id);
          resolve(reply as unknown as T);
        });
        child.send({ ...message, id });
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
