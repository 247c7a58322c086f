// `npm test`: every suite, on both databases, plus the browser journeys. Locally a missing PostgreSQL
// server or chromium skips that part loudly; with CI=true each is required.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { assertNode, install, pnpm, root, step } from './workspace.mjs';

const ci = process.env.CI === 'true';
const resultsDir = path.join(root, '.data', 'test-results');
const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function loud(message) {
  const bar = '!'.repeat(78);
  console.log(`\n${bar}\n!! SKIPPED: ${message}\n${bar}`);
}

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432), timeout: 2000 });
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => resolve(socket.destroy() && false));
  });
}

const suites = [];
function vitest(name, pkg, args = [], env = {}) {
  step(`Tests: ${name}`);
  const out = path.join(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  const ok = pnpm(
    [
      '--filter',
      pkg,
      'exec',
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    {
      env,
      allowFailure: true,
    },
  );
  suites.push({ name, ok, out });
}

assertNode();
install();
step('Generating');
pnpm(['turbo', 'run', 'generate', '--output-logs=errors-only']);
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

vitest('rules (packages/competencies)', '@imh/competencies', ['--coverage']);
vitest('shared ui (packages/ui)', '@imh/ui');
vitest('portal', '@imh/portal');
vitest('admin console', '@imh/admin');
vitest('api on PGlite', '@imh/api');

if (await reachable(serverUrl)) {
  vitest('api on PostgreSQL', '@imh/api', ['--config', 'vitest.server.config.ts'], {
    TEST_DATABASE_URL: serverUrl,
  });
  // Short versions of the load and fault suites (apps/api/test/load), after the rest so that neither
  // slows the other; LOAD_MINUTES and FAULTS=1, passed through from the environment, make them long.
  vitest('api load and faults (PostgreSQL)', '@imh/api', ['--config', 'vitest.load.config.ts'], {
    TEST_DATABASE_URL: serverUrl,
  });
} else if (ci) {
  console.error(`\n✖ CI=true but no PostgreSQL server answers at ${serverUrl}.`);
  suites.push({ name: 'api on PostgreSQL', ok: false });
  suites.push({ name: 'api load and faults (PostgreSQL)', ok: false });
} else {
  loud(
    `no PostgreSQL server at ${serverUrl}: the API suite ran on PGlite only. Set TEST_DATABASE_URL to run it on a server.`,
  );
}

if (existsSync(chromiumPath)) {
  step('Building both apps for the browser tests');
  pnpm(['turbo', 'run', 'build', '--filter=@imh/portal', '--filter=@imh/admin', '--output-logs=errors-only']);
  vitest('browser journeys (chromium)', '@imh/api', ['--config', 'vitest.browser.config.ts'], {
    CHROMIUM_PATH: chromiumPath,
  });
} else if (ci) {
  console.error(`\n✖ CI=true but chromium is not at ${chromiumPath} (apt-get install chromium).`);
  suites.push({ name: 'browser journeys (chromium)', ok: false });
} else {
  loud(
    `chromium not found at ${chromiumPath}: browser journeys not run. Install Debian's chromium or set CHROMIUM_PATH.`,
  );
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log('\nSummary');
for (const suite of suites) {
  let counts = '';
  if (suite.out && existsSync(suite.out)) {
    const r = JSON.parse(readFileSync(suite.out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    counts = `${r.numPassedTests} passed, ${r.numFailedTests} failed`;
  } else if (!suite.ok) {
    failed += 1;
    counts = 'did not run';
  }
  console.log(`  ${suite.ok ? '✔' : '✖'} ${suite.name.padEnd(32)} ${counts}`);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(suites.every((s) => s.ok) && failed === 0 ? 0 : 1);
