import { Prisma, type PrismaClient } from '@imh/db';

export type AuditFilter = {
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  from?: Date | null;
  to?: Date | null;
};

/**
 * The entries about an association: AuditEntry names its subject only by type and id (no
 * association column), so each kind of subject is traced back to its association. Entries without
 * a subject there (a failed sign-in with an unknown email, another tenant's files) stay out.
 */
function aboutAssociations(associationIds: string[]): Prisma.Sql {
  const ids = Prisma.join(associationIds);
  return Prisma.sql`(
    (e."entityType" = 'Application' AND EXISTS (
      SELECT 1 FROM "Application" a WHERE a."id" = e."entityId" AND a."associationId" IN (${ids})))
    OR (e."entityType" = 'User' AND (
      EXISTS (SELECT 1 FROM "UserRole" r WHERE r."userId" = e."entityId" AND r."associationId" IN (${ids}))
      OR EXISTS (SELECT 1 FROM "ApplicantProfile" p WHERE p."userId" = e."entityId" AND p."associationId" IN (${ids}))))
    OR (e."entityType" = 'ReferenceRequest' AND EXISTS (
      SELECT 1 FROM "ReferenceRequest" rr JOIN "Application" a ON a."id" = rr."applicationId"
      WHERE rr."id" = e."entityId" AND a."associationId" IN (${ids})))
    OR (e."entityType" = 'ReviewAssignment' AND EXISTS (
      SELECT 1 FROM "ReviewAssignment" ra JOIN "Application" a ON a."id" = ra."applicationId"
      WHERE ra."id" = e."entityId" AND a."associationId" IN (${ids})))
    OR (e."entityType" = 'Review' AND EXISTS (
      SELECT 1 FROM "Review" rv JOIN "ReviewAssignment" ra ON ra."id" = rv."assignmentId"
      JOIN "Application" a ON a."id" = ra."applicationId"
      WHERE rv."id" = e."entityId" AND a."associationId" IN (${ids})))
    OR (e."entityType" = 'Association' AND e."entityId" IN (${ids}))
  )`;
}

function whereSql(associationIds: string[], filter: AuditFilter, before?: bigint): Prisma.Sql {
  const parts: Prisma.Sql[] = [aboutAssociations(associationIds)];
  if (filter.action) parts.push(Prisma.sql`e."action" = ${filter.action}`);
  if (filter.entityType) parts.push(Prisma.sql`e."entityType" = ${filter.entityType}`);
  if (filter.entityId) parts.push(Prisma.sql`e."entityId" = ${filter.entityId}`);
  if (filter.actorId) parts.push(Prisma.sql`e."actorId" = ${filter.actorId}`);
  if (filter.from) parts.push(Prisma.sql`e."at" >= ${filter.from}`);
  if (filter.to) parts.push(Prisma.sql`e."at" <= ${filter.to}`);
  if (before !== undefined) parts.push(Prisma.sql`e."id" < ${before}`);
  return Prisma.join(parts, ' AND ');
}

/** One page of the associations' entries, newest first, after the `before` id (keyset paging). */
export async function auditPage(
  prisma: PrismaClient,
  associationIds: string[],
  filter: AuditFilter,
  page: { take: number; before?: bigint },
) {
  if (associationIds.length === 0) return [];
  const rows = await prisma.$queryRaw<{ id: bigint }[]>`
    SELECT e."id" FROM "AuditEntry" e
    WHERE ${whereSql(associationIds, filter, page.before)}
    ORDER BY e."id" DESC LIMIT ${page.take}`;
  const entries = await prisma.auditEntry.findMany({
    where: { id: { in: rows.map((r) => BigInt(r.id)) } },
    orderBy: { id: 'desc' },
  });
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => Boolean(id)))];
  const actors = await prisma.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true },
  });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return entries.map((e) => ({ ...e, actorName: e.actorId ? (names.get(e.actorId) ?? null) : null }));
}

export async function auditCount(prisma: PrismaClient, associationIds: string[], filter: AuditFilter) {
  if (associationIds.length === 0) return 0;
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "AuditEntry" e WHERE ${whereSql(associationIds, filter)}`;
  return Number(row?.n ?? 0);
}

export type AuditRow = Awaited<ReturnType<typeof auditPage>>[number];
