// A large, deterministic population on a PostgreSQL server, for benchmarks and load tests:
//   DATABASE_URL=postgres://… npm run seed:scale -- [--applications 200000] [--endorsements 100000]
//     [--reviewers 2000] [--chapters 30] [--seed 1] [--prefix s1] [--today YYYY-MM-DD] [--create-db <name>]
// The database must be migrated first (`pnpm --filter @imh/db exec prisma migrate deploy` with the same
// DATABASE_URL), or pass --create-db <name>: the database is then created on DATABASE_URL's server
// and migrated with `prisma migrate deploy`, and the population goes there.
import { parseArgs } from 'node:util';
import { databaseTarget, openDatabase } from '@imh/db';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import { generatePopulation } from '../seed/population/index.ts';
import { scaleAssociation } from '../seed/population/scale-association.ts';
import { createServerDatabase, migrateServerDatabase } from '../seed/population/server-database.ts';

const { values } = parseArgs({
  options: {
    applications: { type: 'string', default: '200000' },
    endorsements: { type: 'string', default: '100000' },
    reviewers: { type: 'string', default: '2000' },
    chapters: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    prefix: { type: 'string' },
    today: { type: 'string' },
    'create-db': { type: 'string' },
  },
});
const whole = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number ≥ 0`);
  return n;
};

const target = databaseTarget();
if (target.kind !== 'server') {
  console.error(
    'seed:scale fills a PostgreSQL server, not the embedded PGlite: set DATABASE_URL=postgres://… ' +
      '(with --create-db <name> it names the server to create the database on).',
  );
  process.exit(2);
}
const seed = whole('seed');
const chapterCount = whole('chapters');
const today = values.today ? fromIsoDay(values.today) : new Date();
const idPrefix = values.prefix ?? `s${seed}`;
let url = target.url;
if (values['create-db']) {
  console.log(`Creating database ${values['create-db']} and applying the migrations…`);
  url = await createServerDatabase(target.url, values['create-db']);
  migrateServerDatabase(url);
}

const db = await openDatabase({ kind: 'server', url });
try {
  const { associationId, chapterIds } = await scaleAssociation(db.prisma, {
    code: 'SCALE',
    name: 'Scale Test Association',
    chapters: chapterCount,
  });
  if (await db.prisma.user.findUnique({ where: { id: `${idPrefix}-u-1` } })) {
    console.error(`A population with prefix "${idPrefix}" is already there; choose another with --prefix.`);
    process.exit(1);
  }
  const size = {
    applications: whole('applications'),
    endorsements: whole('endorsements'),
    reviewers: whole('reviewers'),
  };
  console.log(
    `Generating into ${new URL(url).pathname.slice(1)}: ${JSON.stringify(size)}, ${chapterCount} chapters, ` +
      `seed ${seed}, prefix "${idPrefix}", as of ${toIsoDay(today)}`,
  );
  const result = await generatePopulation(db.prisma, {
    associationId,
    chapterIds,
    ...size,
    seed,
    today,
    idPrefix,
    onProgress: ({ label, rows, ms }) =>
      console.log(
        `  ${label.padEnd(40)} ${rows === null ? '' : `${rows.toLocaleString('en')} rows`.padStart(14)} ${(ms / 1000).toFixed(1).padStart(7)} s`,
      ),
  });
  const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
  console.log(`Done in ${(result.ms / 1000).toFixed(1)} s: ${total.toLocaleString('en')} rows.`);
  for (const [table, rows] of Object.entries(result.rows))
    console.log(`  ${table.padEnd(24)} ${rows.toLocaleString('en').padStart(10)}`);
} finally {
  await db.close();
}
