// Shared by `npm start` and `npm test`: they must work on a machine that has only Node and npm.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager; // "pnpm@x.y.z"
const pinnedVersion = pinned.split('@')[1];

export function assertNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Node ${process.versions.node} is too old: this project needs Node 20.19 or newer.`);
    process.exit(1);
  }
}

/** The pinned pnpm: the one on PATH if it is that version, otherwise fetched once by npx. */
export const pnpmCommand = (() => {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (probe.status === 0 && probe.stdout.trim() === pinnedVersion) return ['pnpm'];
  return ['npx', '--yes', pinned];
})();

export function step(title) {
  console.log(`\n▶ ${title}`);
}

/** Runs pnpm with the given arguments in the repository root; exits the process if it fails. */
export function pnpm(args, opts = {}) {
  const [cmd, ...pre] = pnpmCommand;
  try {
    execFileSync(cmd, [...pre, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...prismaEnv, ...opts.env },
    });
  } catch (error) {
    if (opts.allowFailure) return false;
    console.error(`\n✖ pnpm ${args.join(' ')} failed (exit ${error.status ?? '?'}).`);
    process.exit(error.status || 1);
  }
  return true;
}

/** A long-running pnpm child that receives our signals. */
export function pnpmSpawn(args, opts = {}) {
  const [cmd, ...pre] = pnpmCommand;
  const child = spawn(cmd, [...pre, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...prismaEnv, ...opts.env },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return child;
}

// Keep Prisma's CLI on its offline JS engines (see packages/db/prisma.config.ts).
const prismaEnv = {
  PRISMA_CLI_QUERY_ENGINE_TYPE: 'client',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};

export function install() {
  step('Installing dependencies (pnpm, pinned in package.json)');
  const frozen = existsSync(path.join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  pnpm(['install', ...frozen, '--prefer-offline', '--reporter=append-only']);
}
