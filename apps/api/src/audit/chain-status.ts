import type { PrismaClient } from '@imh/db';
import { verifyAuditChain } from './audit-log.ts';

export type ChainStatus = { ok: boolean; firstBrokenId: bigint | null; checkedEntries: number };

/**
 * The chain check with how far it got: every entry when intact, or up to and including the first
 * entry whose hash does not match (everything after it can no longer be trusted).
 */
export async function auditChainStatus(prisma: PrismaClient): Promise<ChainStatus> {
  const last = await prisma.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  const { ok, brokenAt } = await verifyAuditChain(prisma);
  const upTo = brokenAt ?? last?.id;
  const checkedEntries =
    upTo === undefined ? 0 : await prisma.auditEntry.count({ where: { id: { lte: upTo } } });
  return { ok, firstBrokenId: brokenAt, checkedEntries };
}

/** What the check command prints, and its exit code: 1 when the chain is broken. */
export function describeChainStatus(status: ChainStatus): { text: string; exitCode: number } {
  return status.ok
    ? { text: `Audit chain intact: ${status.checkedEntries} entries verified.`, exitCode: 0 }
    : {
        text:
          `Audit chain BROKEN at entry ${status.firstBrokenId}: its hash does not match its content or ` +
          `predecessor (${status.checkedEntries} entries read). Entries from there on cannot be trusted.`,
        exitCode: 1,
      };
}
