/**
 * Every requirement of every level and track of both editions, at its boundaries. The cases are
 * generated from each requirement's own numbers (the table in editions.test.ts pins those numbers),
 * so a change to an edition is tested at its new boundary automatically.
 */
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  CURRENT_2024,
  type Edition,
  fromDay,
  type Portfolio,
  type RequirementSpec,
  requirementsFor,
  TARGETS,
  type Target,
  targetKey,
  toDay,
  VAIMH_2010,
} from '../src/index';
import type { RaterRole } from '../src/portfolio';
import {
  AS_OF,
  degree,
  emptyPortfolio,
  job,
  leadership,
  member,
  reference,
  rsc,
  signed,
  training,
} from './factories';
import { status } from './helpers';

type Expected = 'met' | 'not_met' | 'pending';
type Case = [name: string, portfolio: Portfolio, expected: Expected];

const day = (iso: string, plus: number) => fromDay(toDay(iso) + plus);
const months = (iso: string, plus: number) => fromDay(addMonths(toDay(iso), plus));
const withDegree = (overrides: Partial<Portfolio> = {}) =>
  emptyPortfolio({
    education: [degree({ degree: 'POST_GRADUATE', completedOn: '2000-05-15' })],
    ...overrides,
  });

function cases(spec: RequirementSpec): Case[] {
  switch (spec.kind) {
    case 'education': {
      const below = { BACHELOR: 'ASSOCIATE', MASTER: 'BACHELOR' } as const;
      const min = spec.minDegree as keyof typeof below;
      return [
        [
          'degree completed on the evaluation date',
          emptyPortfolio({ education: [degree({ degree: min, completedOn: AS_OF })] }),
          'met',
        ],
        [
          'degree completed the day after',
          emptyPortfolio({ education: [degree({ degree: min, completedOn: day(AS_OF, 1) })] }),
          'not_met',
        ],
        [
          'degree in progress',
          emptyPortfolio({ education: [degree({ degree: min, completedOn: undefined })] }),
          'not_met',
        ],
        [
          'one degree level lower',
          emptyPortfolio({ education: [degree({ degree: below[min] })] }),
          'not_met',
        ],
      ];
    }
    case 'work': {
      const f = spec.filter;
      const kind =
        f.kinds === 'ANY'
          ? 'INFANT_FAMILY_FIELD'
          : (f.kinds[0] as NonNullable<Parameters<typeof job>[0]>['kind']);
      const start = '2010-01-01';
      const end = day(start, Math.max(spec.years * 365, 1) - 1);
      const base = {
        kind,
        startDate: start,
        endDate: end,
        paid: true,
        supervised: true,
        servesInfantsAndFamilies: true,
      };
      const list: Case[] = [
        ['exactly the minimum, full time', withDegree({ work: [job(base)] }), 'met'],
        ['no work', withDegree(), 'not_met'],
        ['overlapping duplicates are not counted twice', withDegree({ work: [job(base), job(base)] }), 'met'],
      ];
      if (spec.years > 0) {
        list.push([
          'one day short',
          withDegree({ work: [job({ ...base, endDate: day(end, -1) })] }),
          'not_met',
        ]);
        list.push([
          'one day short, split in two overlapping jobs',
          withDegree({
            work: [
              job({ ...base, endDate: day(start, Math.floor(spec.years * 182)) }),
              job({ ...base, startDate: day(start, Math.floor(spec.years * 91)), endDate: day(end, -1) }),
            ],
          }),
          'not_met',
        ]);
        list.push([
          'half time',
          withDegree({ work: [job({ ...base, hoursPerWeek: 20 })] }),
          f.calendarTime ? 'met' : 'not_met',
        ]);
      }
      if (f.paidOnly) list.push(['unpaid', withDegree({ work: [job({ ...base, paid: false })] }), 'not_met']);
      if (f.supervisedOnly)
        list.push(['unsupervised', withDegree({ work: [job({ ...base, supervised: false })] }), 'not_met']);
      if (f.mustServeInfantsAndFamilies) {
        list.push([
          'not serving infants and families',
          withDegree({ work: [job({ ...base, servesInfantsAndFamilies: false })] }),
          'not_met',
        ]);
      }
      if (f.kinds !== 'ANY')
        list.push([
          'another kind of work',
          withDegree({ work: [job({ ...base, kind: 'OTHER' })] }),
          'not_met',
        ]);
      if (f.afterDegree) {
        const degreeOn = day(start, 0);
        list.push([
          'work before the degree does not count',
          emptyPortfolio({
            education: [degree({ degree: f.afterDegree, completedOn: degreeOn })],
            work: [job(base)],
          }),
          'not_met',
        ]);
        list.push([
          'work from the day after the degree counts',
          emptyPortfolio({
            education: [degree({ degree: f.afterDegree, completedOn: day(start, -1) })],
            work: [job(base)],
          }),
          'met',
        ]);
        list.push(['no qualifying degree', emptyPortfolio({ work: [job(base)] }), 'not_met']);
      }
      return list;
    }
    case 'degree_or_work': {
      const start = '2010-01-01';
      const base = {
        kind: 'INFANT_FAMILY_FIELD' as const,
        startDate: start,
        endDate: day(start, spec.years * 365 - 1),
        paid: true,
      };
      return [
        ['an Associate degree', emptyPortfolio({ education: [degree({ degree: 'ASSOCIATE' })] }), 'met'],
        ['exactly two years of paid work', emptyPortfolio({ work: [job(base)] }), 'met'],
        [
          'one day short',
          emptyPortfolio({ work: [job({ ...base, endDate: day(base.endDate, -1) })] }),
          'not_met',
        ],
        ['volunteer work', emptyPortfolio({ work: [job({ ...base, paid: false })] }), 'not_met'],
        ['nothing', emptyPortfolio(), 'not_met'],
      ];
    }
    case 'families_served':
      return [
        [
          'exactly the minimum',
          withDegree({
            work: [job({ kind: 'PREVENTION_EARLY_INTERVENTION', familiesServed: spec.minFamilies })],
          }),
          'met',
        ],
        [
          'one family short',
          withDegree({ work: [job({ familiesServed: spec.minFamilies - 1 })] }),
          'not_met',
        ],
        [
          'summed over roles',
          withDegree({ work: [job({ familiesServed: 5 }), job({ familiesServed: spec.minFamilies - 5 })] }),
          'met',
        ],
        ['families not recorded', withDegree({ work: [job({ familiesServed: undefined })] }), 'not_met'],
      ];
    case 'leadership': {
      const start = '2020-01-01';
      const end = day(start, Math.max(spec.years * 365, 1) - 1);
      const list: Case[] = [
        [
          'exactly the minimum',
          emptyPortfolio({
            leadership: [leadership({ scope: spec.minScope, startDate: start, endDate: end })],
          }),
          'met',
        ],
        ['no leadership', emptyPortfolio(), 'not_met'],
        [
          'starts after the evaluation date',
          emptyPortfolio({ leadership: [leadership({ startDate: day(AS_OF, 1), endDate: undefined })] }),
          'not_met',
        ],
      ];
      if (spec.years > 0) {
        list.push([
          'one day short',
          emptyPortfolio({ leadership: [leadership({ startDate: start, endDate: day(end, -1) })] }),
          'not_met',
        ]);
      }
      if (spec.minScope !== 'LOCAL')
        list.push([
          'local scope only',
          emptyPortfolio({ leadership: [leadership({ scope: 'LOCAL' })] }),
          'not_met',
        ]);
      return list;
    }
    case 'training': {
      const topics = spec.topic ? [spec.topic] : [];
      return [
        [
          'exactly the minimum',
          emptyPortfolio({ trainings: [training({ hours: spec.minHours, topics })] }),
          'met',
        ],
        [
          'in several trainings',
          emptyPortfolio({
            trainings: [training({ hours: 1, topics }), training({ hours: spec.minHours - 1, topics })],
          }),
          'met',
        ],
        [
          'one hour short',
          emptyPortfolio({ trainings: [training({ hours: spec.minHours - 1, topics })] }),
          'not_met',
        ],
        [
          'dated after the evaluation date',
          emptyPortfolio({ trainings: [training({ hours: spec.minHours, topics, date: day(AS_OF, 1) })] }),
          'not_met',
        ],
        [
          'on the evaluation date',
          emptyPortfolio({ trainings: [training({ hours: spec.minHours, topics, date: AS_OF })] }),
          'met',
        ],
      ];
    }
    case 'rsc': {
      const rule = spec.providers[0] as (typeof spec.providers)[number];
      const provider = {
        endorsement: { level: rule.level, track: rule.track },
        degree: 'POST_GRADUATE' as const,
      };
      const own = spec.minHoursAboutOwnRsc ?? 0;
      const first = '2022-01-01';
      // Two logged periods spread over exactly `minMonths`.
      const lastEnd = day(months(first, spec.window.minMonths), -1);
      // The first period holds the hours about the applicant's own RSC (at least 1 hour, so it counts).
      const split = (hours: number, ownHours = own, overrides = {}) => [
        rsc({
          startDate: first,
          endDate: day(first, 27),
          hours: Math.max(ownHours, 1),
          aboutApplicantsOwnRsc: true,
          provider,
          ...overrides,
        }),
        rsc({
          startDate: day(lastEnd, -27),
          endDate: lastEnd,
          hours: hours - Math.max(ownHours, 1),
          provider,
          ...overrides,
        }),
      ];
      const ownFirst = Math.max(own, 1);
      const list: Case[] = [
        ['exactly the minimum, spread over the minimum', withDegree({ rsc: split(spec.minHours) }), 'met'],
        ['one hour short', withDegree({ rsc: split(spec.minHours - 1) }), 'not_met'],
        [
          'spread one day short of the minimum',
          withDegree({
            rsc: [
              ...split(spec.minHours).slice(0, 1),
              rsc({
                startDate: day(lastEnd, -28),
                endDate: day(lastEnd, -1),
                hours: spec.minHours - ownFirst,
                provider,
              }),
            ],
          }),
          'not_met',
        ],
        [
          'exactly the longest window',
          withDegree({
            rsc: [
              rsc({
                startDate: first,
                endDate: day(first, 27),
                hours: ownFirst,
                aboutApplicantsOwnRsc: true,
                provider,
              }),
              rsc({
                startDate: day(months(first, spec.window.maxMonths), -28),
                endDate: day(months(first, spec.window.maxMonths), -1),
                hours: spec.minHours - ownFirst,
                provider,
              }),
            ],
          }),
          'met',
        ],
        [
          'one day outside the longest window',
          withDegree({
            rsc: [
              rsc({
                startDate: first,
                endDate: day(first, 27),
                hours: ownFirst,
                aboutApplicantsOwnRsc: true,
                provider,
              }),
              rsc({
                startDate: day(months(first, spec.window.maxMonths), -27),
                endDate: months(first, spec.window.maxMonths),
                hours: spec.minHours - ownFirst,
                provider,
              }),
            ],
          }),
          'not_met',
        ],
        [
          'a provider with the wrong endorsement',
          withDegree({ rsc: split(spec.minHours, own, { provider: { endorsement: { level: 'IFA' } } }) }),
          'not_met',
        ],
        [
          'an unendorsed provider',
          withDegree({ rsc: split(spec.minHours, own, { provider: { endorsement: null } }) }),
          'not_met',
        ],
        ['peer consultation', withDegree({ rsc: split(spec.minHours, own, { peer: true }) }), 'not_met'],
        [
          'logged after the evaluation date',
          withDegree({
            rsc: split(spec.minHours).map((e) => ({ ...e, endDate: day(AS_OF, 1), startDate: AS_OF })),
          }),
          'not_met',
        ],
      ];
      if (own > 0)
        list.push([
          'one hour short about own RSC',
          withDegree({ rsc: split(spec.minHours, own - 1) }),
          'not_met',
        ]);
      if (rule.track) {
        list.push([
          'the right level on another track',
          withDegree({
            rsc: split(spec.minHours, own, {
              provider: { endorsement: { level: rule.level, track: 'POLICY' } },
            }),
          }),
          'not_met',
        ]);
      }
      return list;
    }
    case 'references': {
      const roleOf = (slot: (typeof spec.slots)[number]): RaterRole =>
        slot === 'ANY' ? 'OTHER' : (slot[0] as RaterRole);
      const full = () =>
        spec.slots.map((slot) => reference({ raterRole: roleOf(slot), raterEndorsement: { level: 'IMHS' } }));
      const list: Case[] = [
        ['one form per role', emptyPortfolio({ references: full() }), 'met'],
        [
          'one form not yet returned',
          emptyPortfolio({
            references: full().map((r, i) => (i === 0 ? { ...r, receivedOn: undefined } : r)),
          }),
          'pending',
        ],
        [
          'rater known for exactly 12 months',
          emptyPortfolio({ references: full().map((r) => ({ ...r, knownSince: '2023-03-01' })) }),
          'met',
        ],
        [
          'rater known for a day less than 12 months',
          emptyPortfolio({
            references: full().map((r, i) => (i === 0 ? { ...r, knownSince: '2023-03-02' } : r)),
          }),
          'not_met',
        ],
        [
          'a form older than 12 months',
          emptyPortfolio({
            references: full().map((r, i) => (i === 0 ? { ...r, receivedOn: '2023-06-30' } : r)),
          }),
          'not_met',
        ],
        [
          'a form exactly 12 months old less a day',
          emptyPortfolio({
            references: full().map((r) => ({ ...r, receivedOn: '2023-07-01', knownSince: '2020-01-01' })),
          }),
          'met',
        ],
        [
          '6 "not enough information" answers',
          emptyPortfolio({
            references: full().map((r, i) => (i === 0 ? { ...r, notEnoughInformationCount: 6 } : r)),
          }),
          'not_met',
        ],
        [
          '5 "not enough information" answers',
          emptyPortfolio({ references: full().map((r) => ({ ...r, notEnoughInformationCount: 5 })) }),
          'met',
        ],
      ];
      spec.slots.forEach((slot, i) => {
        if (slot === 'ANY') return;
        list.push([
          `missing rater role ${slot.join('/')}`,
          emptyPortfolio({ references: full().filter((_, j) => j !== i) }),
          'not_met',
        ]);
      });
      if (spec.endorsedRaters) {
        list.push([
          'no rater endorsed at the minimum level',
          emptyPortfolio({ references: full().map((r) => ({ ...r, raterEndorsement: { level: 'IFA' } })) }),
          'not_met',
        ]);
      }
      return list;
    }
    case 'exam':
      return [
        ['no exam yet', emptyPortfolio(), 'pending'],
        ['passed', emptyPortfolio({ exams: [{ result: 'PASSED', takenOn: AS_OF }] }), 'met'],
        ['failed', emptyPortfolio({ exams: [{ result: 'FAILED', takenOn: '2024-01-10' }] }), 'not_met'],
        [
          'passed after a failure',
          emptyPortfolio({
            exams: [
              { result: 'FAILED', takenOn: '2022-01-10' },
              { result: 'PASSED', takenOn: '2023-02-01' },
            ],
          }),
          'met',
        ],
        [
          'passed after the evaluation date',
          emptyPortfolio({ exams: [{ result: 'PASSED', takenOn: day(AS_OF, 1) }] }),
          'pending',
        ],
      ];
    case 'agreement': {
      const list: Case[] = [
        ['signed', emptyPortfolio({ agreements: [signed(spec.document)] }), 'met'],
        [
          'not signed',
          emptyPortfolio({
            agreements: [
              signed(spec.document === 'CODE_OF_ETHICS' ? 'ENDORSEMENT_AGREEMENT' : 'CODE_OF_ETHICS'),
            ],
          }),
          'not_met',
        ],
        [
          'signed after the evaluation date',
          emptyPortfolio({ agreements: [signed(spec.document, day(AS_OF, 1))] }),
          'not_met',
        ],
      ];
      if (spec.maxAgeMonths) {
        list.push([
          'signed 12 months ago less a day',
          emptyPortfolio({ agreements: [signed(spec.document, '2023-07-01')] }),
          'met',
        ]);
        list.push([
          'signed exactly 12 months ago',
          emptyPortfolio({ agreements: [signed(spec.document, '2023-06-30')] }),
          'not_met',
        ]);
      }
      return list;
    }
    case 'membership':
      return [
        ['current', emptyPortfolio({ memberships: [member('2024-01-01', AS_OF)] }), 'met'],
        [
          'starting on the evaluation date',
          emptyPortfolio({ memberships: [member(AS_OF, '2025-06-29')] }),
          'met',
        ],
        [
          'ended the day before',
          emptyPortfolio({ memberships: [member('2023-07-01', day(AS_OF, -1))] }),
          'not_met',
        ],
        [
          'starting the day after',
          emptyPortfolio({ memberships: [member(day(AS_OF, 1), '2025-06-30')] }),
          'not_met',
        ],
        ['none', emptyPortfolio(), 'not_met'],
      ];
  }
}

const rows: [string, Edition, Target, RequirementSpec][] = [];
for (const edition of [VAIMH_2010, CURRENT_2024]) {
  for (const target of TARGETS) {
    for (const spec of requirementsFor(edition, target))
      rows.push([`${edition.id} ${targetKey(target)} ${spec.id}`, edition, target, spec]);
  }
}

describe.each(rows)('%s', (_name, edition, target, spec) => {
  it.each(
    cases(spec).map(
      ([name, portfolio, expected]) => [name, expected, portfolio] as [string, Expected, Portfolio],
    ),
  )('%s → %s', (_case, expected, portfolio) => {
    expect(status(portfolio, target, edition, spec.id)).toBe(expected);
  });
});
