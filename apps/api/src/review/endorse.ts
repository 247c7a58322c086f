import { renewalStanding } from '@imh/competencies';
import type { Application, Prisma } from '@imh/db';
import { editionById } from '../applications/judge.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import { renewalSettings, withGrace } from '../renewals/settings.ts';

type Tx = Prisma.TransactionClient;

// Serialises numbering per association (with the association's id as the second key), so two
// endorsements granted at once never take the same number; the unique index is the backstop.
const NUMBER_LOCK_ID = 7_311_978;

/**
 * The next endorsement number of the association for the year: `<code>-<level>-<year>-<nnnn>`, the
 * sequence counting every level of the association in that year (as the demo's MI-IFA-2024-0007).
 */
export async function nextEndorsementNumber(tx: Tx, app: Application, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NUMBER_LOCK_ID}::int4, hashtext(${app.associationId}))`;
  const { code } = await tx.association.findUniqueOrThrow({
    where: { id: app.associationId },
    select: { code: true },
  });
  const taken = await tx.endorsement.findMany({
    where: { number: { startsWith: `${code}-`, contains: `-${year}-` } },
    select: { number: true },
  });
  // Anchored on what follows the code, so a code that is a prefix of another's ("MI", "MI-AIMH") is not confused.
  const pattern = new RegExp(`^(?:IFA|IFS|IFRS|IMHS|IMHM)-${year}-(\\d+)$`);
  const highest = taken.reduce((max, e) => {
    const match = pattern.exec(e.number.slice(code.length + 1));
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `${code}-${app.level}-${year}-${String(highest + 1).padStart(4, '0')}`;
}

/**
 * The dates of a new endorsement. Reading of the rules package: the year of endorsement asks only
 * for membership, and the first full renewal is owed for the following calendar year, due on the
 * edition's due date of that year (StatusRules dueMonth/dueDay; 31 December in Michigan and Virginia).
 * renewalStanding of a fresh endorsement names exactly that date, so an endorsement granted on
 * 2026-11-23 runs to 2027-12-31: the next 31 December after one full year, renewed from then on. The
 * association's edition and grace period are the ones its renewals are judged by.
 */
export async function endorsementDates(tx: Tx, associationId: string, startsOn: Date) {
  const association = await tx.association.findUniqueOrThrow({
    where: { id: associationId },
    select: { ruleEdition: true, settings: true },
  });
  const base = editionById(association.ruleEdition);
  const edition = withGrace(base, renewalSettings(association.settings, base));
  const day = toIsoDay(startsOn);
  const standing = renewalStanding({ endorsedOn: day, renewals: [] }, day, edition);
  return { expiresOn: fromIsoDay(standing.dueOn), graceEndsOn: fromIsoDay(standing.graceEndsOn) };
}

/** Grants the endorsement of an application, numbered and dated; the caller moves the application. */
export async function createEndorsement(tx: Tx, app: Application, now: Date) {
  const startsOn = fromIsoDay(toIsoDay(now));
  const number = await nextEndorsementNumber(tx, app, startsOn.getUTCFullYear());
  return tx.endorsement.create({
    data: {
      number,
      profileId: app.profileId,
      applicationId: app.id,
      level: app.level,
      track: app.track,
      status: 'ACTIVE',
      startsOn,
      ...(await endorsementDates(tx, app.associationId, startsOn)),
      createdAt: now,
    },
  });
}
