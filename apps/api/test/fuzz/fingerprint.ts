import type { PrismaClient } from '@imh/db';

/**
 * A hash of every row of every table but those a refused call may rightly write: a failed sign-in
 * is counted and audited (that is how throttling and the audit trail work), and a session row may be
 * touched by any signed-in request.
 */
const MAY_CHANGE = new Set([
  'SignInAttempt',
  'Session',
  'AuditEntry',
  'ApiTokenCall',
  'JobLease',
  '_prisma_migrations',
]);

let statement: string | undefined;

export async function fingerprint(prisma: PrismaClient): Promise<string> {
  if (!statement) {
    const tables = await prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
    statement = tables
      .filter((t) => !MAY_CHANGE.has(t.name))
      .map(
        (t) =>
          `SELECT '${t.name}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(md5(x::text), ',' ORDER BY md5(x::text))), '') AS h FROM "${t.name}" x`,
      )
      .join(' UNION ALL ');
  }
  const rows = await prisma.$queryRawUnsafe<{ t: string; h: string }[]>(statement);
  return rows.map((r) => `${r.t}=${r.h}`).join(';');
}

/** Which tables differ between two fingerprints, for a readable failure. */
export function changedTables(before: string, after: string): string[] {
  const a = new Map(before.split(';').map((p) => p.split('=') as [string, string]));
  return after
    .split(';')
    .map((p) => p.split('=') as [string, string])
    .filter(([t, h]) => a.get(t) !== h)
    .map(([t]) => t);
}
