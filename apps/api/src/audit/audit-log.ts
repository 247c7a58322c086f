import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@imh/db';

type Tx = Prisma.TransactionClient;

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  at: Date;
};

export const GENESIS_HASH = '0'.repeat(64);
// One lock id for the whole log: appends are serialised so that every entry names its true predecessor.
const AUDIT_LOCK_ID = 7_311_977;

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );

export function entryHash(prevHash: string, entry: Omit<AuditInput, 'at'> & { at: Date }): string {
  const body = canonical({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
    at: entry.at.toISOString(),
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/** Appends one entry inside the caller's transaction, chained to the previous entry's hash. */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_ID})`;
  const last = await tx.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const toJson = (v: unknown) => (v === undefined || v === null ? undefined : (v as Prisma.InputJsonValue));
  await tx.auditEntry.create({
    data: {
      at: input.at,
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      before: toJson(input.before),
      after: toJson(input.after),
      ip: input.ip ?? null,
      prevHash,
      hash: entryHash(prevHash, input),
    },
  });
}

/** Walks the whole chain; returns the id of the first entry whose hash does not match, or null. */
export async function verifyAuditChain(
  prisma: PrismaClient,
): Promise<{ ok: boolean; brokenAt: bigint | null }> {
  let prevHash = GENESIS_HASH;
  let cursor: bigint | undefined;
  for (;;) {
    const page = await prisma.auditEntry.findMany({
      orderBy: { id: 'asc' },
      take: 500,
      ...(cursor === undefined ? {} : { cursor: { id: cursor }, skip: 1 }),
    });
    for (const e of page) {
      const expected = entryHash(prevHash, { ...e, before: e.before, after: e.after });
      if (e.prevHash !== prevHash || e.hash !== expected) return { ok: false, brokenAt: e.id };
      prevHash = e.hash;
    }
    if (page.length < 500) return { ok: true, brokenAt: null };
    cursor = page[page.length - 1]?.id;
  }
}
