import type { LevelCode, MentorTrack, Prisma } from '@imh/db';
import { AGREEMENTS } from '../applications/agreements.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import { endorsementInclude, policyOf, standingOf } from '../renewals/endorsement.ts';
import { evaluateRenewal } from '../renewals/evaluate.ts';

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;

/**
 * The renewals part of the demo, around `now`'s calendar year Y (renewals are due 31 December):
 * - Elena Fischer (IFA): renewed for Y-1; Y's renewal is open, with 9 of the 15 training hours logged.
 * - Grace Lindqvist (IFS): Y's renewal submitted with everything met, waiting for the coordinator.
 * - Marcus Bell (IFS): Y-1's renewal overdue, in grace on an extension (medical leave).
 * - Priya Raman (IMHS): lapsed after the latest grace period that has ended; she may ask to be reinstated.
 * - Owen Price (IMHM-Clinical): Y-1 renewed late, approved this year.
 * Dates that must lie in the past are clamped to yesterday, so the demo reads true on any day.
 */
export async function seedDemoRenewals(tx: Tx, now: Date): Promise<void> {
  const Y = now.getUTCFullYear();
  const yesterday = new Date(fromIsoDay(toIsoDay(now)).getTime() - DAY_MS);
  const past = (iso: string) => {
    const d = fromIsoDay(iso);
    return d > yesterday ? yesterday : d;
  };
  const ago = (days: number) => {
    const d = new Date(yesterday.getTime() - days * DAY_MS);
    return d.getUTCFullYear() < Y ? fromIsoDay(`${Y}-01-01`) : d;
  };
  const membership = (number: string, ends = `${Y + 1}-06-30`) => ({
    create: {
      associationName: 'MI-AIMH',
      memberNumber: number,
      startsOn: fromIsoDay(`${Y - 4}-07-01`),
      endsOn: fromIsoDay(ends),
    },
  });
  const training = (title: string, date: Date, hours: number, topics: string[] = []) => ({
    title,
    provider: 'MI-AIMH',
    date,
    hours,
    competencyDomains: ['direct_service_skills'],
    topics,
  });
  const signed = (at: Date) => ({
    codeOfEthicsVersion: AGREEMENTS.CODE_OF_ETHICS.version,
    codeOfEthicsAcceptedAt: at,
    agreementVersion: AGREEMENTS.ENDORSEMENT_AGREEMENT.version,
    agreementAcceptedAt: at,
    noSanctionAttestedAt: at,
  });
  const approved = (year: number, submittedOn: Date, decidedOn: Date, late = false) => ({
    year,
    status: 'APPROVED' as const,
    late,
    ...signed(submittedOn),
    submittedAt: submittedOn,
    decidedAt: decidedOn,
    decidedById: 'demo-coordinator',
  });
  const endorsement = async (
    profileId: string,
    e: { id: string; number: string; level: LevelCode; track?: MentorTrack; startsOn: string },
    renewals: Prisma.RenewalCreateWithoutEndorsementInput[],
    extra: { status?: 'LAPSED' } = {},
  ) => {
    await tx.endorsement.create({
      data: {
        ...e,
        profileId,
        startsOn: fromIsoDay(e.startsOn),
        // Placeholders, set from the rules package just below.
        expiresOn: fromIsoDay(e.startsOn),
        graceEndsOn: fromIsoDay(e.startsOn),
        renewals: { create: renewals },
      },
    });
    const loaded = await tx.endorsement.findUniqueOrThrow({
      where: { id: e.id },
      include: endorsementInclude,
    });
    const standing = standingOf(loaded, now);
    const graceEndsOn = fromIsoDay(standing.graceEndsOn);
    await tx.endorsement.update({
      where: { id: e.id },
      data: {
        expiresOn: fromIsoDay(standing.dueOn),
        graceEndsOn,
        ...(extra.status ? { status: extra.status, lapsedOn: new Date(graceEndsOn.getTime() + DAY_MS) } : {}),
      },
    });
    return loaded;
  };

  // Elena: due this year, part of the way there.
  await tx.applicantProfile.update({
    where: { id: 'demo-applicant-endorsed-profile' },
    data: {
      memberships: membership('MI-15501'),
      trainings: {
        create: [
          training('Supporting Early Relationships', ago(200), 6),
          training('Culturally Responsive Home Visiting', ago(60), 3, ['DEI']),
        ],
      },
    },
  });
  await endorsement(
    'demo-applicant-endorsed-profile',
    { id: 'demo-endorsement-ifa', number: `MI-IFA-${Y - 2}-0007`, level: 'IFA', startsOn: `${Y - 2}-12-01` },
    [approved(Y - 1, fromIsoDay(`${Y - 1}-12-10`), fromIsoDay(`${Y - 1}-12-15`))],
  );

  // Grace: everything for Y logged and submitted.
  await tx.applicantProfile.update({
    where: { id: 'demo-renewal-submitted-profile' },
    data: {
      employer: 'Kent County Early On',
      jobTitle: 'Early interventionist',
      memberships: membership('MI-16220'),
      education: {
        create: {
          degreeLevel: 'MASTER',
          field: 'Social Work',
          institution: 'Michigan State University',
          completedOn: fromIsoDay('2012-05-10'),
        },
      },
      trainings: {
        create: [
          training('Attachment Across the First Three Years', ago(240), 8),
          training('Equity in Early Intervention', ago(120), 2, ['DEI']),
          training('Parent–Infant Observation', ago(40), 6),
        ],
      },
      rsc: {
        create: {
          startDate: ago(300),
          endDate: ago(10),
          hours: 14,
          format: 'INDIVIDUAL',
          providerName: 'Ruth Bakker',
          providerEmail: 'reviewer1@demo.imh',
          providerLevel: 'IMHM',
          providerTrack: 'CLINICAL',
        },
      },
    },
  });
  const submittedAt = ago(5);
  const grace = await endorsement(
    'demo-renewal-submitted-profile',
    {
      id: 'demo-endorsement-ifs-submitted',
      number: `MI-IFS-${Y - 3}-0012`,
      level: 'IFS',
      startsOn: `${Y - 3}-06-20`,
    },
    [
      approved(Y - 2, fromIsoDay(`${Y - 2}-11-30`), fromIsoDay(`${Y - 2}-12-05`)),
      approved(Y - 1, fromIsoDay(`${Y - 1}-12-01`), fromIsoDay(`${Y - 1}-12-08`)),
      { year: Y, status: 'SUBMITTED', ...signed(submittedAt), submittedAt },
    ],
  );
  // The judgement frozen at submission, by the same code the API runs.
  const evaluation = await evaluateRenewal(tx, grace, Y, submittedAt, policyOf(grace));
  await tx.renewal.update({
    where: { endorsementId_year: { endorsementId: grace.id, year: Y } },
    data: { evaluation: JSON.parse(JSON.stringify(evaluation)) },
  });

  // Marcus: Y-1 not yet renewed; an extension keeps him in grace for three more weeks.
  await tx.applicantProfile.update({
    where: { id: 'demo-renewal-overdue-profile' },
    data: {
      employer: 'Marquette Family Services',
      jobTitle: 'Home visitor',
      memberships: membership('MI-14087'),
      trainings: { create: [training('Infant Feeding and Regulation', fromIsoDay(`${Y - 1}-04-18`), 7)] },
    },
  });
  await endorsement(
    'demo-renewal-overdue-profile',
    {
      id: 'demo-endorsement-ifs-overdue',
      number: `MI-IFS-${Y - 3}-0031`,
      level: 'IFS',
      startsOn: `${Y - 3}-09-01`,
    },
    [
      approved(Y - 2, fromIsoDay(`${Y - 2}-12-12`), fromIsoDay(`${Y - 2}-12-18`)),
      {
        year: Y - 1,
        extendedUntil: fromIsoDay(toIsoDay(new Date(now.getTime() + 21 * DAY_MS))),
        extensionReason: 'Medical leave from August to December; documentation on file.',
        extendedById: 'demo-coordinator',
      },
    ],
  );

  // Priya: the most recent year whose grace has ended without a renewal.
  const lapsedYear = toIsoDay(now) > `${Y}-03-01` ? Y - 1 : Y - 2;
  await tx.applicantProfile.update({
    where: { id: 'demo-renewal-lapsed-profile' },
    data: {
      employer: 'Washtenaw Community Health',
      jobTitle: 'Infant mental health therapist',
      memberships: membership('MI-11902', `${lapsedYear}-12-31`),
    },
  });
  await endorsement(
    'demo-renewal-lapsed-profile',
    {
      id: 'demo-endorsement-imhs-lapsed',
      number: `MI-IMHS-${lapsedYear - 2}-0004`,
      level: 'IMHS',
      startsOn: `${lapsedYear - 2}-03-15`,
    },
    [approved(lapsedYear - 1, fromIsoDay(`${lapsedYear - 1}-12-20`), fromIsoDay(`${lapsedYear}-01-06`))],
    { status: 'LAPSED' },
  );

  // Owen: Y-1 renewed late in January, approved this year.
  await tx.applicantProfile.update({
    where: { id: 'demo-renewal-renewed-profile' },
    data: {
      employer: 'Detroit Infant Mental Health Program',
      jobTitle: 'Clinical director',
      memberships: membership('MI-10233'),
    },
  });
  await endorsement(
    'demo-renewal-renewed-profile',
    {
      id: 'demo-endorsement-imhm-renewed',
      number: `MI-IMHM-${Y - 5}-0002`,
      level: 'IMHM',
      track: 'CLINICAL',
      startsOn: `${Y - 5}-05-02`,
    },
    [
      ...[Y - 4, Y - 3, Y - 2].map((year) =>
        approved(year, fromIsoDay(`${year}-12-01`), fromIsoDay(`${year}-12-04`)),
      ),
      approved(Y - 1, past(`${Y}-01-20`), past(`${Y}-01-26`), true),
    ],
  );
}
