/**
 * The seeds' edition: Michigan's Competency Guidelines® and Endorsement® as licensed to Virginia
 * (VAIMH) in 2010 (seeds 000 and 002), with the requirement details of the MI-AIMH/OK-AIMH pages and
 * the older numbered-level chart (domain.md "Requirements per level"). The default edition.
 *
 * IFRS was in reality created in 2022, but seed 002 lists five levels including it, so this edition
 * carries it, with the older rules filled in where the level had none (each marked below).
 */

import type { LevelCode } from '../levels';
import type { ProviderRule, RequirementSpec } from '../requirements';
import {
  AGREEMENTS,
  EXAM,
  IMH_SERVICES_WORK,
  INFANT_FAMILY_WORK,
  leaderWork,
  MEMBERSHIP,
  ONE_TO_TWO_YEARS,
  PREVENTION_WORK,
  REFERENCE_LABEL,
  trainingHours,
  trainingOnRsc,
} from './building-blocks';
import { DEFAULT_COMPETENCY_DOMAINS } from './competency-domains';
import type { Edition, LevelRules } from './edition';

/** Older editions: RSC from an endorsed IMHS or IMHM-Clinical (Level III/IV). */
const IMHS_OR_MENTOR: readonly ProviderRule[] = [{ level: 'IMHS' }, { level: 'IMHM', track: 'CLINICAL' }];

/** …or, for Bachelor's-prepared IFS applicants, a Master's-prepared endorsed IFS (domain.md, older editions). */
const IFS_PROVIDERS: readonly ProviderRule[] = [
  ...IMHS_OR_MENTOR,
  { level: 'IFS', providerMinDegree: 'MASTER', applicantMaxDegree: 'BACHELOR' },
];

const MENTOR_CLINICAL: readonly ProviderRule[] = [{ level: 'IMHM', track: 'CLINICAL' }];

/** Policy and Research/Faculty raters were not found (domain.md): any three raters, as edition data to edit. */
const ANY_THREE_RATERS: RequirementSpec = {
  kind: 'references',
  id: 'references',
  label: REFERENCE_LABEL,
  slots: ['ANY', 'ANY', 'ANY'],
};

/** Exported so later editions can state only what changed. */
export const VAIMH_2010_LEVELS = {
  IFA: {
    code: 'IFA',
    name: 'Infant Family Associate',
    shortName: 'IFA',
    requirements: [
      {
        kind: 'degree_or_work',
        id: 'degree_or_work',
        label: 'Any academic degree, or 2 years of paid work in the infant and early childhood field',
        // "Any academic degree": an Associate degree is the lowest academic degree we model.
        minDegree: 'ASSOCIATE',
        years: 2,
        filter: { ...INFANT_FAMILY_WORK, paidOnly: true },
      },
      {
        kind: 'work',
        id: 'work_experience',
        label: 'Paid or volunteer work with infants/toddlers and families',
        years: 0,
        filter: INFANT_FAMILY_WORK,
      },
      // 30 clock hours of relationship-based training (social-emotional development / IMH practice).
      trainingHours(30),
      ANY_THREE_RATERS,
      ...AGREEMENTS,
      MEMBERSHIP,
    ],
  },
  IFS: {
    code: 'IFS',
    name: 'Infant Family Specialist',
    shortName: 'IFS',
    requirements: [
      { kind: 'education', id: 'education', label: "Bachelor's or Master's degree", minDegree: 'BACHELOR' },
      {
        kind: 'work',
        id: 'work_experience',
        label: "2 years of paid, post-Bachelor's prevention/early intervention work",
        years: 2,
        filter: { ...PREVENTION_WORK, afterDegree: 'BACHELOR' },
      },
      // MI-AIMH older edition: served at least 10 families of infants/toddlers (birth to 36 months).
      {
        kind: 'families_served',
        id: 'families_served',
        label: 'Served at least 10 families of infants/toddlers',
        minFamilies: 10,
        filter: PREVENTION_WORK,
      },
      trainingHours(30),
      {
        kind: 'rsc',
        id: 'rsc_received',
        label: '24 hours of reflective supervision/consultation within 1–2 years',
        minHours: 24,
        window: ONE_TO_TWO_YEARS,
        providers: IFS_PROVIDERS,
      },
      {
        kind: 'references',
        id: 'references',
        label: REFERENCE_LABEL,
        // Program supervisor (or teacher, trainer, consultant), RSC provider, another supervisor or colleague.
        slots: [
          ['CURRENT_SUPERVISOR', 'TEACHER_TRAINER_CONSULTANT'],
          ['RSC_PROVIDER'],
          ['OTHER_SUPERVISOR', 'COLLEAGUE'],
        ],
        // OK-AIMH: at least one rater endorsed at IFS or above.
        endorsedRaters: { count: 1, minLevel: 'IFS' },
      },
      ...AGREEMENTS,
      MEMBERSHIP,
    ],
  },
  IFRS: {
    code: 'IFRS',
    name: 'Infant Family Reflective Supervisor',
    shortName: 'IFRS',
    requirements: [
      // Seed 002 names no degree for IFRS.
      {
        kind: 'work',
        id: 'work_experience',
        label: '2 years of paid prevention/early intervention work',
        years: 2,
        filter: PREVENTION_WORK,
      },
      {
        kind: 'work',
        id: 'rsc_provision_experience',
        // The pages say "plus providing RSC" without a length; 1 year is the Endorsed Reflective Supervisor add-on's rule (domain.md).
        label: '1 year providing reflective supervision/consultation',
        years: 1,
        filter: {
          kinds: ['PROVIDING_RSC'],
          paidOnly: false,
          supervisedOnly: false,
          mustServeInfantsAndFamilies: false,
          calendarTime: true,
        },
      },
      // No 2010 figure exists for IFRS: the general 30 h plus the 15 h on providing RSC that the older rules ask of those who provide it (IMHM-Clinical).
      trainingHours(30),
      trainingOnRsc(15),
      {
        kind: 'rsc',
        id: 'rsc_received',
        label: '24 hours of reflective supervision/consultation within 1–2 years',
        minHours: 24,
        // "24 h received"; the window is the IFS one, since IFRS builds on IFS.
        window: ONE_TO_TWO_YEARS,
        providers: IMHS_OR_MENTOR,
      },
      {
        kind: 'references',
        id: 'references',
        label: REFERENCE_LABEL,
        // Roles not published: own supervisor, RSC provider and a supervisee (ERS add-on: own supervisor and a supervisee).
        slots: [['CURRENT_SUPERVISOR', 'OTHER_SUPERVISOR'], ['RSC_PROVIDER'], ['SUPERVISEE']],
      },
      ...AGREEMENTS,
      MEMBERSHIP,
    ],
  },
  IMHS: {
    code: 'IMHS',
    name: 'Infant Mental Health Specialist',
    shortName: 'IMHS',
    requirements: [
      { kind: 'education', id: 'education', label: "Master's or post-graduate degree", minDegree: 'MASTER' },
      {
        kind: 'work',
        id: 'work_experience',
        label: '2 years of post-graduate, supervised, paid IMH services',
        years: 2,
        filter: IMH_SERVICES_WORK,
      },
      trainingHours(30),
      {
        kind: 'rsc',
        id: 'rsc_received',
        label: '50 hours of reflective supervision/consultation within 1–2 years',
        minHours: 50,
        window: ONE_TO_TWO_YEARS,
        providers: IMHS_OR_MENTOR,
      },
      {
        kind: 'references',
        id: 'references',
        label: REFERENCE_LABEL,
        slots: [['CURRENT_SUPERVISOR'], ['RSC_PROVIDER'], ['COLLEAGUE', 'SUPERVISEE']],
      },
      // Older Michigan rules: IMHS and IMHM sit the exam.
      EXAM,
      ...AGREEMENTS,
      MEMBERSHIP,
    ],
  },
  IMHM: {
    code: 'IMHM',
    name: 'Infant Mental Health Mentor',
    shortName: 'IMHM',
    requirements: [
      { kind: 'education', id: 'education', label: "Master's or post-graduate degree", minDegree: 'MASTER' },
      trainingHours(30),
      // "plus leadership activities at regional or state level" names no length: one such activity.
      {
        kind: 'leadership',
        id: 'leadership',
        label: 'Leadership activities at regional or state level',
        years: 0,
        minScope: 'REGIONAL',
      },
      EXAM,
      ...AGREEMENTS,
      MEMBERSHIP,
    ],
    tracks: {
      CLINICAL: [
        // "Clinical: meets IMHS work criteria plus 3 years post-graduate providing IMH RSC".
        {
          kind: 'work',
          id: 'work_experience',
          label: '2 years of post-graduate, supervised, paid IMH services',
          years: 2,
          filter: IMH_SERVICES_WORK,
        },
        {
          kind: 'work',
          id: 'rsc_provision_experience',
          // Seed 002: "practice leader in IMH (e.g. IMH supervisor, trainer, or consultant)".
          label: '3 years of post-graduate experience as an IMH practice leader or RSC provider',
          years: 3,
          filter: { ...leaderWork(['PROVIDING_RSC', 'PRACTICE_LEADER']), calendarTime: true },
        },
        trainingOnRsc(15),
        {
          kind: 'rsc',
          id: 'rsc_received',
          label:
            '50 hours of reflective supervision/consultation within 12–24 months, 25 about the RSC you provide',
          minHours: 50,
          window: ONE_TO_TWO_YEARS,
          providers: MENTOR_CLINICAL,
          minHoursAboutOwnRsc: 25,
        },
        {
          kind: 'references',
          id: 'references',
          label: REFERENCE_LABEL,
          // "3, by track": RSC provider (or supervisor), a supervisee, a colleague (older Mentor-Clinical forms).
          slots: [['RSC_PROVIDER', 'CURRENT_SUPERVISOR'], ['SUPERVISEE'], ['COLLEAGUE', 'OTHER_SUPERVISOR']],
        },
      ],
      POLICY: [
        {
          kind: 'work',
          id: 'work_experience',
          label: '3 years of post-graduate leadership in policy/program administration',
          years: 3,
          filter: leaderWork(['POLICY_LEADER']),
        },
        ANY_THREE_RATERS,
      ],
      RESEARCH_FACULTY: [
        {
          kind: 'work',
          id: 'work_experience',
          label: '3 years of post-graduate university teaching and/or research',
          years: 3,
          filter: leaderWork(['TEACHING_RESEARCH']),
        },
        ANY_THREE_RATERS,
      ],
    },
  },
} satisfies Record<LevelCode, LevelRules>;

export const VAIMH_2010: Edition = {
  id: 'vaimh-2010',
  name: 'VAIMH Endorsement® (MI-AIMH license, 2010)',
  association: 'Virginia Association for Infant Mental Health',
  effectiveFrom: '2010-01-01',
  fullTimeHoursPerWeek: 40,
  references: { minKnownMonths: 12, validMonths: 12, maxNotEnoughInformation: 5 },
  exam: { retakeWaitMonths: 12 },
  competencyDomains: DEFAULT_COMPETENCY_DOMAINS,
  levels: VAIMH_2010_LEVELS,
  renewal: {
    trainingHours: 15,
    // First 5 Alabama, OR-IMHA: at least 3 of the 15 about RSC for those who provide RSC.
    rscTrainingHoursForProviders: 3,
    deiTrainingHours: 0,
    // 12 h/year for IFS, IMHS, IMHM-Clinical (First 5 Alabama, PA-AIMH); IFRS added as the second pass lists it; providers as at application.
    rsc: {
      IFS: { hours: 12, minSpreadMonths: 0, providers: IFS_PROVIDERS },
      IFRS: { hours: 12, minSpreadMonths: 0, providers: IMHS_OR_MENTOR },
      IMHS: { hours: 12, minSpreadMonths: 0, providers: IMHS_OR_MENTOR },
      'IMHM-CLINICAL': { hours: 12, minSpreadMonths: 0, providers: MENTOR_CLINICAL },
    },
    // Older RSC guideline chart: the Mentor-Clinical need ends after 3 years held and maintained.
    mentorClinicalYears: 3,
    mentorAfter: null,
  },
  // Michigan and Virginia: calendar year, due 31 December. Notice and grace are association choices:
  // reminders from early November, late renewals (with the late fee) through 31 January.
  status: { dueMonth: 12, dueDay: 31, noticeDays: 60, graceDays: 31 },
};
