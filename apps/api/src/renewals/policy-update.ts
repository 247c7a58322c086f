import { editionById } from '../applications/judge.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Context } from '../context.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { localDay, type RenewalSettings, renewalSettings } from './settings.ts';

/**
 * Changes an association's renewal policy. Stored grace ends move with the grace period at once (in
 * one statement, however many endorsements), never below an extension already granted for the year.
 */
export async function updateRenewalPolicy(ctx: Context, associationId: string, input: RenewalSettings) {
  const coordinates = ctx.viewer?.roles.some(
    (r) => r.role === 'COORDINATOR' && r.associationId === associationId,
  );
  if (!coordinates)
    throw new ForbiddenError('Only a coordinator of this association can change its renewal policy.');
  return ctx.prisma.$transaction(async (tx) => {
    const association = await tx.association.findUnique({ where: { id: associationId } });
    if (!association) throw new NotFoundError('No such association.');
    const edition = editionById(association.ruleEdition);
    const before = renewalSettings(association.settings, edition);
    const stored = (
      association.settings && typeof association.settings === 'object' ? association.settings : {}
    ) as Record<string, unknown>;
    const reminderDays = [...new Set(input.reminderDays)].sort((a, b) => b - a);
    const updated = await tx.association.update({
      where: { id: associationId },
      data: { settings: { ...stored, ...input, reminderDays } },
    });
    if (input.graceDays < before.graceDays) {
      // Those already past their due date were told they had until their grace end: a shorter grace
      // applies from the next due date on, so their current end is kept as an extension of the year.
      const today = localDay(ctx.now(), input.timeZone);
      await tx.$executeRaw`
        INSERT INTO "Renewal" (id, "endorsementId", year, "extendedUntil", "extensionReason", "createdAt", "updatedAt")
        SELECT gen_random_uuid()::text, e.id, EXTRACT(YEAR FROM e."expiresOn")::int, e."graceEndsOn",
               ${`Grace period in force when this renewal fell due (${before.graceDays} days).`}, ${ctx.now()}, ${ctx.now()}
        FROM "Endorsement" e JOIN "ApplicantProfile" p ON p.id = e."profileId"
        WHERE p."associationId" = ${associationId} AND e.status = 'ACTIVE'
          AND e."expiresOn" < ${today}::date AND e."graceEndsOn" >= ${today}::date
          AND e."graceEndsOn" > e."expiresOn" + ${input.graceDays}::int
        ON CONFLICT ("endorsementId", year) DO UPDATE
          SET "extendedUntil" = GREATEST("Renewal"."extendedUntil", EXCLUDED."extendedUntil"),
              "extensionReason" = COALESCE("Renewal"."extensionReason", EXCLUDED."extensionReason")`;
    }
    if (before.graceDays !== input.graceDays) {
      await tx.$executeRaw`
        UPDATE "Endorsement" e SET "graceEndsOn" = GREATEST(
          e."expiresOn" + ${input.graceDays}::int,
          COALESCE((SELECT max(r."extendedUntil") FROM "Renewal" r
                    WHERE r."endorsementId" = e.id AND r.year = EXTRACT(YEAR FROM e."expiresOn")::int),
                   e."expiresOn"))
        FROM "ApplicantProfile" p
        WHERE p.id = e."profileId" AND p."associationId" = ${associationId} AND e.status = 'ACTIVE'`;
    }
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'association.renewal_policy',
      entityType: 'Association',
      entityId: associationId,
      before,
      after: renewalSettings(updated.settings, edition),
      ip: ctx.ip,
      at: ctx.now(),
    });
    return updated;
  });
}
