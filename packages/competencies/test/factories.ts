/** Small builders for portfolios: every test states only what it is about. */
import type {
  AgreementEntry,
  EducationEntry,
  LeadershipEntry,
  MembershipEntry,
  Portfolio,
  ReferenceEntry,
  RscEntry,
  TrainingEntry,
  WorkEntry,
} from '../src/index';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

export function emptyPortfolio(overrides: Partial<Portfolio> = {}): Portfolio {
  return {
    education: [],
    work: [],
    leadership: [],
    trainings: [],
    rsc: [],
    references: [],
    agreements: [],
    memberships: [],
    exams: [],
    ...overrides,
  };
}

export function degree(overrides: Partial<EducationEntry> = {}): EducationEntry {
  return { id: nextId('edu'), degree: 'MASTER', completedOn: '2010-05-15', ...overrides };
}

export function job(overrides: Partial<WorkEntry> = {}): WorkEntry {
  return {
    id: nextId('work'),
    role: 'Infant mental health specialist',
    kind: 'IMH_SERVICES',
    paid: true,
    supervised: true,
    startDate: '2015-01-01',
    endDate: '2016-12-31',
    hoursPerWeek: 40,
    servesInfantsAndFamilies: true,
    familiesServed: 12,
    ...overrides,
  };
}

export function leadership(overrides: Partial<LeadershipEntry> = {}): LeadershipEntry {
  return {
    id: nextId('lead'),
    description: 'State IMH association board',
    scope: 'STATE',
    startDate: '2018-01-01',
    ...overrides,
  };
}

export function training(overrides: Partial<TrainingEntry> = {}): TrainingEntry {
  return {
    id: nextId('tr'),
    title: 'Infant mental health foundations',
    date: '2020-03-01',
    hours: 10,
    domains: [],
    topics: [],
    ...overrides,
  };
}

export function rsc(overrides: Partial<RscEntry> = {}): RscEntry {
  return {
    id: nextId('rsc'),
    startDate: '2022-07-01',
    endDate: '2023-06-30',
    hours: 60,
    format: 'INDIVIDUAL',
    provider: {
      name: 'Dr. Provider',
      endorsement: { level: 'IMHM', track: 'CLINICAL' },
      degree: 'POST_GRADUATE',
    },
    peer: false,
    aboutApplicantsOwnRsc: false,
    ...overrides,
  };
}

export function reference(overrides: Partial<ReferenceEntry> = {}): ReferenceEntry {
  return {
    id: nextId('ref'),
    raterRole: 'COLLEAGUE',
    raterEndorsement: null,
    knownSince: '2015-01-01',
    receivedOn: '2024-03-01',
    notEnoughInformationCount: 0,
    ...overrides,
  };
}

export function signed(
  document: AgreementEntry['document'],
  signedOn = '2024-01-15',
  version = '2024',
): AgreementEntry {
  return { document, signedOn, version };
}

export function member(startDate = '2024-01-01', endDate = '2024-12-31'): MembershipEntry {
  return { association: 'VAIMH', startDate, endDate };
}

export const AS_OF = '2024-06-30';

/**
 * A seasoned Mentor's portfolio that meets every level and track of both shipped editions on AS_OF.
 * Tests break one thing at a time and check that exactly that requirement fails.
 */
export function strongPortfolio(): Portfolio {
  return emptyPortfolio({
    education: [
      degree({ id: 'ba', degree: 'BACHELOR', completedOn: '2008-05-15' }),
      degree({ id: 'ma', degree: 'MASTER', completedOn: '2010-05-15' }),
    ],
    work: [
      job({ id: 'imh', startDate: '2010-06-01', endDate: undefined, familiesServed: 40 }),
      job({
        id: 'rsc-provider',
        role: 'Reflective supervisor',
        kind: 'PROVIDING_RSC',
        startDate: '2016-01-01',
        endDate: undefined,
        hoursPerWeek: 8,
        supervised: false,
      }),
      job({
        id: 'policy',
        role: 'Program director',
        kind: 'POLICY_LEADER',
        startDate: '2012-01-01',
        endDate: '2016-12-31',
        servesInfantsAndFamilies: false,
      }),
      job({
        id: 'faculty',
        role: 'Adjunct professor',
        kind: 'TEACHING_RESEARCH',
        startDate: '2017-01-01',
        endDate: '2020-12-31',
        servesInfantsAndFamilies: false,
      }),
    ],
    leadership: [leadership({ id: 'board' })],
    trainings: [
      training({ id: 't-found', hours: 20, domains: ['theoretical_foundations', 'reflection'] }),
      training({ id: 't-direct', hours: 20, domains: ['direct_service_skills', 'working_with_others'] }),
      training({ id: 't-rsc', hours: 15, topics: ['PROVIDING_RSC'], domains: ['reflection'] }),
      training({ id: 't-dei', hours: 3, topics: ['DEI'], domains: ['theoretical_foundations'] }),
    ],
    rsc: [rsc({ id: 'rsc-own', hours: 30, aboutApplicantsOwnRsc: true }), rsc({ id: 'rsc-case', hours: 30 })],
    references: [
      reference({ id: 'r-sup', raterRole: 'CURRENT_SUPERVISOR', raterEndorsement: { level: 'IMHS' } }),
      reference({
        id: 'r-rsc',
        raterRole: 'RSC_PROVIDER',
        raterEndorsement: { level: 'IMHM', track: 'CLINICAL' },
      }),
      reference({ id: 'r-col', raterRole: 'COLLEAGUE' }),
      reference({ id: 'r-sve', raterRole: 'SUPERVISEE' }),
    ],
    agreements: [signed('CODE_OF_ETHICS'), signed('ENDORSEMENT_AGREEMENT')],
    memberships: [member()],
    exams: [{ result: 'PASSED', takenOn: '2024-04-01' }],
  });
}
