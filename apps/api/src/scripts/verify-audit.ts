// Checks the audit log's hash chain: `npm run audit:verify` (or `npx tsx src/scripts/verify-audit.ts`
// in apps/api). Opens the database as the server does (DATABASE_URL, or the embedded PGlite folder;
// stop the server first when it is embedded: PGlite allows one process). Exits 1 on a broken chain.
import { openDatabase } from '@imh/db';
import { auditChainStatus, describeChainStatus } from '../audit/chain-status.ts';

const db = await openDatabase();
try {
  const { text, exitCode } = describeChainStatus(await auditChainStatus(db.prisma));
  (exitCode === 0 ? console.log : console.error)(text);
  process.exitCode = exitCode;
} finally {
  await db.close();
}
