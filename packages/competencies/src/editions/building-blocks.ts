/**
 * Pieces both shipped editions share, so each edition file reads as the list of its differences.
 * Every constant names its source in domain.md.
 */
import type { RequirementSpec, WorkFilter } from '../requirements';

/** IFA: "paid or volunteer work with infants/toddlers and families" (MI-AIMH requirement pages). */
export const INFANT_FAMILY_WORK: WorkFilter = {
  kinds: 'ANY',
  paidOnly: false,
  supervisedOnly: false,
  mustServeInfantsAndFamilies: true,
};

/**
 * IFS/IFRS: "paid professional work experience providing prevention and/or early intervention services
 * that promote infant mental health" (seed 002). IMH services are the more specialized form of the same
 * work, so an IMH clinician's years count here too.
 */
export const PREVENTION_WORK: WorkFilter = {
  kinds: ['PREVENTION_EARLY_INTERVENTION', 'IMH_SERVICES'],
  paidOnly: true,
  supervisedOnly: false,
  mustServeInfantsAndFamilies: true,
};

/** IMHS: "post-graduate, supervised, paid work experience providing … infant mental health services" (seed 002). */
export const IMH_SERVICES_WORK: WorkFilter = {
  kinds: ['IMH_SERVICES'],
  paidOnly: true,
  supervisedOnly: true,
  mustServeInfantsAndFamilies: true,
  afterDegree: 'MASTER',
};

/**
 * Mentor leadership years. Seed 002 says "specialized work experience" without "paid" for the Mentor
 * level, so unpaid leadership (e.g. an unpaid faculty appointment) counts; "post-graduate" in every track.
 */
export function leaderWork(kinds: WorkFilter['kinds']): WorkFilter {
  return {
    kinds,
    paidOnly: false,
    supervisedOnly: false,
    mustServeInfantsAndFamilies: false,
    afterDegree: 'MASTER',
  };
}

/**
 * Code of ethics and endorsement agreement: signed at every level (associations' requirement pages).
 * The code of ethics is re-signed every year at renewal, so an application's signature must be from
 * the last 12 months; the agreement is signed once per application and any date before the
 * evaluation counts. Versions are left open ("any"): an association that revises its documents sets
 * `acceptedVersions`.
 */
export const AGREEMENTS: readonly RequirementSpec[] = [
  {
    kind: 'agreement',
    id: 'code_of_ethics',
    label: 'Signed code of ethics',
    document: 'CODE_OF_ETHICS',
    maxAgeMonths: 12,
  },
  {
    kind: 'agreement',
    id: 'endorsement_agreement',
    label: 'Signed endorsement agreement',
    document: 'ENDORSEMENT_AGREEMENT',
  },
];

/** Membership in an IMH association at every level (associations' requirement pages). */
export const MEMBERSHIP: RequirementSpec = {
  kind: 'membership',
  id: 'membership',
  label: 'Membership in an IMH association',
};

/** Written exam (60 multiple-choice questions and written vignettes; domain.md "Exam"). */
export const EXAM: RequirementSpec = { kind: 'exam', id: 'exam', label: 'Written exam passed' };

export function trainingHours(minHours: number): RequirementSpec {
  return {
    kind: 'training',
    id: 'training_hours',
    label: `${minHours} clock hours of specialized in-service training`,
    minHours,
  };
}

export function trainingOnRsc(minHours: number): RequirementSpec {
  return {
    kind: 'training',
    id: 'training_rsc',
    label: `${minHours} hours of training on providing reflective supervision/consultation`,
    minHours,
    topic: 'PROVIDING_RSC',
  };
}

export function trainingOnDei(minHours: number): RequirementSpec {
  return {
    kind: 'training',
    id: 'training_dei',
    label: `${minHours} hours of training on diversity, equity and inclusion`,
    minHours,
    topic: 'DEI',
  };
}

/** "Within a 1–2 year period" (MI-AIMH IFS and IMHS pages), "within 12–24 months" (IMHM-Clinical). */
export const ONE_TO_TWO_YEARS = { minMonths: 12, maxMonths: 24 } as const;

export const REFERENCE_LABEL = 'Three reference ratings';
