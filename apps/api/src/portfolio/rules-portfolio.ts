import type { Portfolio } from '@imh/competencies';
import type { Prisma } from '@imh/db';
import { toIsoDay } from '../calendar-day.ts';

/** What to load with a profile so that its portfolio can be judged. */
export const portfolioInclude = {
  education: true,
  work: true,
  leadership: true,
  trainings: true,
  rsc: true,
  memberships: true,
} satisfies Prisma.ApplicantProfileInclude;

/** What to load with an application: the parts of a portfolio that belong to one application. */
export const applicationEvidenceInclude = {
  references: { include: { rating: { select: { knownSince: true, ratings: true, submittedAt: true } } } },
  exams: true,
} satisfies Prisma.ApplicationInclude;

type ProfileRows = Prisma.ApplicantProfileGetPayload<{ include: typeof portfolioInclude }>;
type ApplicationRows = Prisma.ApplicationGetPayload<{ include: typeof applicationEvidenceInclude }>;

const day = toIsoDay;
const optionalDay = (d: Date | null): string | undefined => (d ? day(d) : undefined);
const endorsement = (
  level: ProfileRows['rsc'][number]['providerLevel'],
  track: ProfileRows['rsc'][number]['providerTrack'],
) => (level ? { level, ...(track ? { track } : {}) } : null);

/**
 * Whose eyes the portfolio is for. The applicant's view holds nothing a rater wrote: a reference
 * counts from the date the applicant stated and once its form is in, however it was filled in. The
 * staff view adds the rater's own answers (when they met, "not enough information" answers), which
 * reviewers judge; a form they find invalid comes back to the applicant as a change request.
 */
export type PortfolioView = 'applicant' | 'staff';

/**
 * Maps database rows to the rules package's Portfolio, the one shape every rule is judged on.
 * References, agreements and exams belong to an application; without one they are empty.
 */
export function toRulesPortfolio(
  profile: ProfileRows,
  application?: ApplicationRows,
  view: PortfolioView = 'applicant',
): Portfolio {
  return {
    education: profile.education.map((e) => ({
      id: e.id,
      degree: e.degreeLevel,
      field: e.field,
      institution: e.institution,
      completedOn: optionalDay(e.completedOn),
    })),
    work: profile.work.map((w) => ({
      id: w.id,
      role: w.role,
      employer: w.employer,
      kind: w.kind,
      paid: w.paid,
      supervised: w.supervised,
      startDate: day(w.startDate),
      endDate: optionalDay(w.endDate),
      hoursPerWeek: w.hoursPerWeek.toNumber(),
      servesInfantsAndFamilies: w.servesInfantsFamilies,
      familiesServed: w.familiesServed ?? undefined,
    })),
    leadership: profile.leadership.map((l) => ({
      id: l.id,
      description: l.description,
      scope: l.scope,
      startDate: day(l.startDate),
      endDate: optionalDay(l.endDate),
    })),
    trainings: profile.trainings.map((t) => ({
      id: t.id,
      title: t.title,
      date: day(t.date),
      hours: t.hours.toNumber(),
      domains: t.competencyDomains,
      topics: t.topics.filter(
        (topic): topic is 'PROVIDING_RSC' | 'DEI' => topic === 'PROVIDING_RSC' || topic === 'DEI',
      ),
    })),
    rsc: profile.rsc.map((r) => ({
      id: r.id,
      startDate: day(r.startDate),
      endDate: day(r.endDate),
      hours: r.hours.toNumber(),
      format: r.format,
      provider: {
        name: r.providerName,
        endorsement: endorsement(r.providerLevel, r.providerTrack),
        ...(r.providerDegree ? { degree: r.providerDegree } : {}),
      },
      peer: r.peer,
      aboutApplicantsOwnRsc: r.aboutApplicantsOwnRsc,
    })),
    memberships: profile.memberships.map((m) => ({
      association: m.associationName,
      startDate: day(m.startsOn),
      endDate: day(m.endsOn),
    })),
    references: (application?.references ?? [])
      .filter((r) => r.status !== 'REPLACED')
      .map((r) => ({
        id: r.id,
        raterName: r.raterName,
        raterRole: r.raterRole,
        raterEndorsement: r.raterLevel ? { level: r.raterLevel } : null,
        knownSince: day((view === 'staff' ? r.rating?.knownSince : null) ?? r.knownSince),
        receivedOn: r.rating ? day(r.rating.submittedAt) : undefined,
        // A rating of null means "not enough information" (see ReferenceRating.ratings).
        notEnoughInformationCount:
          view === 'staff' && r.rating
            ? Object.values(r.rating.ratings as Record<string, number | null>).filter((v) => v === null)
                .length
            : undefined,
      })),
    agreements: [
      ...(application?.codeOfEthicsAcceptedAt && application.codeOfEthicsVersion
        ? [
            {
              document: 'CODE_OF_ETHICS' as const,
              version: application.codeOfEthicsVersion,
              signedOn: day(application.codeOfEthicsAcceptedAt),
            },
          ]
        : []),
      ...(application?.agreementAcceptedAt && application.agreementVersion
        ? [
            {
              document: 'ENDORSEMENT_AGREEMENT' as const,
              version: application.agreementVersion,
              signedOn: day(application.agreementAcceptedAt),
            },
          ]
        : []),
    ],
    exams: (application?.exams ?? [])
      .filter((e) => e.passed !== null && e.takenOn)
      .map((e) => ({
        result: e.passed ? ('PASSED' as const) : ('FAILED' as const),
        takenOn: day(e.takenOn as Date),
      })),
  };
}
