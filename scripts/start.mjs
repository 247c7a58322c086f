// `npm start`: install, generate, migrate, build both apps, then serve everything on one port.
import { assertNode, install, pnpm, pnpmSpawn, step } from './workspace.mjs';

assertNode();
install();
step('Generating the Prisma client, the GraphQL schema and the typed operations');
pnpm(['turbo', 'run', 'generate', '--output-logs=errors-only']);
step(
  process.env.DATABASE_URL
    ? 'Migrating the PostgreSQL server (DATABASE_URL)'
    : 'Migrating the embedded database (.data/pglite)',
);
pnpm(['--filter', '@imh/db', 'exec', 'prisma', 'migrate', 'deploy']);
step('Building the applicant portal, the admin console and the API');
pnpm([
  'turbo',
  'run',
  'build',
  '--filter=@imh/portal',
  '--filter=@imh/admin',
  '--filter=@imh/api',
  '--output-logs=errors-only',
]);
step('Starting the server');
const server = pnpmSpawn(['--filter', '@imh/api', 'start']);
server.on('exit', (code) => process.exit(code ?? 0));
