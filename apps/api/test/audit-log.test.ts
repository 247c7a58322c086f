import { createTestDatabase, type TestDatabase } from '@imh/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, GENESIS_HASH, verifyAuditChain } from '../src/audit/audit-log.ts';

// On the PostgreSQL run every test file shares the run's database, so the chain also holds other
// files' entries; the checks allow for that. The forged entry comes last, and the run's database is
// dropped when the run ends.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

const at = new Date('2026-11-23T10:00:00Z');

describe('audit log', () => {
  it('chains each entry to the previous one and verifies', async () => {
    for (const action of ['a.first', 'a.second', 'a.third']) {
      await db.prisma.$transaction((tx) =>
        appendAudit(tx, {
          actorId: 'u1',
          action,
          entityType: 'Test',
          entityId: 'x',
          before: { v: 1 },
          after: { v: 2 },
          at,
        }),
      );
    }
    const entries = await db.prisma.auditEntry.findMany({ orderBy: { id: 'asc' } });
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
    expect(entries[0]?.prevHash === GENESIS_HASH || entries.length > 3).toBe(true);
    expect(await verifyAuditChain(db.prisma)).toEqual({ ok: true, brokenAt: null });
  });

  it('cannot be changed or deleted, even by direct SQL', async () => {
    await db.prisma.$transaction((tx) =>
      appendAudit(tx, { actorId: null, action: 'b.kept', entityType: 'Test', at }),
    );
    const before = await db.prisma.auditEntry.count();
    await expect(
      db.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET "action" = 'b.forged'`),
    ).rejects.toThrow();
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow();
    await expect(db.prisma.auditEntry.deleteMany({})).rejects.toThrow();
    expect(await db.prisma.auditEntry.count({ where: { action: 'b.forged' } })).toBe(0);
    expect(await db.prisma.auditEntry.count()).toBe(before);
  });

  it('detects an entry inserted with a forged hash', async () => {
    await db.prisma.$transaction((tx) =>
      appendAudit(tx, { actorId: null, action: 'c.real', entityType: 'Test', at }),
    );
    const last = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { id: 'desc' } });
    const forged = await db.prisma.auditEntry.create({
      data: { action: 'c.forged', entityType: 'Test', at, prevHash: last.hash, hash: 'f'.repeat(64) },
    });
    expect(await verifyAuditChain(db.prisma)).toEqual({ ok: false, brokenAt: forged.id });
  });
});
