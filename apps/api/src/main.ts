import { openDatabase } from '@imh/db';
import { createApp } from './app.ts';
import { loadConfig } from './env.ts';
import { startOutboxWorker } from './mail/outbox-worker.ts';
import { createTransport } from './mail/transport.ts';
import { startRenewalScheduler } from './renewals/scheduler.ts';
import { startReviewReminders } from './review/reminders.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.ts';
import { isDatabaseEmpty, seedDemoData } from './seed/demo-data.ts';
import { startStatisticsRefresher } from './statistics/refresher.ts';

const config = loadConfig();
const db = await openDatabase();
const seedDemo = process.env.SEED_DEMO_DATA
  ? process.env.SEED_DEMO_DATA === 'true'
  : config.env !== 'production';
if (seedDemo && (await isDatabaseEmpty(db.prisma))) {
  console.log('Empty database: adding the demo data…');
  await seedDemoData(db.prisma, new Date());
}
const mailTransport = createTransport(config.mail);
const { app, stop } = await createApp({ prisma: db.prisma, config, mailTransport });
const outbox = startOutboxWorker(db.prisma, mailTransport, () => new Date());
const reminders = startReviewReminders(db.prisma, () => new Date(), config);
const renewals = startRenewalScheduler(db.prisma, () => new Date(), config);
const statistics = startStatisticsRefresher(db.prisma, () => new Date());

const server = app.listen(config.port, config.host, () => {
  const base = config.publicUrl;
  const where =
    db.target.kind === 'server'
      ? 'PostgreSQL server (DATABASE_URL)'
      : `embedded PGlite in ${'dataDir' in db.target ? db.target.dataDir : 'memory'}`;
  console.log(
    [
      '',
      'Infant Mental Health Endorsement is running.',
      `  Applicant portal:  ${base}/`,
      `  Admin console:     ${base}/admin/`,
      `  GraphQL API:       ${base}/graphql`,
      `  Database:          ${where}`,
      `  Email:             ${config.mail.kind === 'smtp' ? 'SMTP' : `written to ${config.mail.dir} (and listed under Outbox in the admin console)`}`,
      '',
      `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
      ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(30)} ${a.note}`),
      '',
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  server.close();
  await reminders.stop();
  await renewals.stop();
  await statistics.stop();
  await outbox.stop();
  await stop();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
