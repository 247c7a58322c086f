/**
 * The current edition, from domain.md's description of today's association pages: "Infant/Early
 * Childhood" names, no degree for IFS and IFRS (CT-AIMH), RSC from IFRS/IMHS/IMHM-Clinical, the 2024
 * 48-hour training minimums (30 IMH + 15 on providing RSC + 3 DEI) for IFRS and IMHM-Clinical
 * (CT-AIMH), the exam for Mentor applicants only (Alliance and Virginia current pages), and the
 * current renewal rules. Requirements domain.md does not say changed are as in `VAIMH_2010`.
 */

import type { ProviderRule, RequirementSpec, RscSpec } from '../requirements';
import {
  IMH_SERVICES_WORK,
  ONE_TO_TWO_YEARS,
  PREVENTION_WORK,
  trainingHours,
  trainingOnDei,
  trainingOnRsc,
} from './building-blocks';
import type { Edition } from './edition';
import { VAIMH_2010, VAIMH_2010_LEVELS } from './vaimh-2010';

/** Current editions: RSC for IFS and IFRS may come from an endorsed IFRS, IMHS or IMHM-Clinical. */
const CURRENT_PROVIDERS: readonly ProviderRule[] = [
  { level: 'IFRS' },
  { level: 'IMHS' },
  { level: 'IMHM', track: 'CLINICAL' },
];
const IMHS_OR_MENTOR: readonly ProviderRule[] = [{ level: 'IMHS' }, { level: 'IMHM', track: 'CLINICAL' }];
const MENTOR_CLINICAL: readonly ProviderRule[] = [{ level: 'IMHM', track: 'CLINICAL' }];

/** The 2024 48-hour minimum, as three requirements so each part shows its own progress. */
const TRAINING_48 = trainingHours(48);
const TRAINING_RSC_15 = trainingOnRsc(15);
const TRAINING_DEI_3 = trainingOnDei(3);

/** Keeps the base edition's order; `null` drops a requirement. */
function replace(
  specs: readonly RequirementSpec[],
  changes: Partial<Record<RequirementSpec['id'], RequirementSpec | null>>,
): RequirementSpec[] {
  const out: RequirementSpec[] = [];
  for (const spec of specs) {
    const change = changes[spec.id];
    if (change === undefined) out.push(spec);
    else if (change !== null) out.push(change);
  }
  return out;
}

const base = VAIMH_2010_LEVELS;
const rscReceived = (minHours: number, providers: readonly ProviderRule[], label: string): RscSpec => ({
  kind: 'rsc',
  id: 'rsc_received',
  label,
  minHours,
  window: ONE_TO_TWO_YEARS,
  providers,
});
const RSC_24 = '24 hours of reflective supervision/consultation within 1–2 years';

export const CURRENT_2024: Edition = {
  ...VAIMH_2010,
  id: 'current-2024',
  name: 'Current Endorsement® rules (2024 training minimums)',
  association:
    'Alliance for the Advancement of Infant Mental Health (composite of current association pages)',
  effectiveFrom: '2024-01-01',
  levels: {
    IFA: { ...base.IFA, name: 'Infant/Early Childhood Family Associate', shortName: 'I/ECFA' },
    IFS: {
      ...base.IFS,
      name: 'Infant/Early Childhood Family Specialist',
      shortName: 'I/ECFS',
      requirements: replace(base.IFS.requirements, {
        // CT-AIMH current: no degree for IFS, hence no "post-Bachelor's" either.
        education: null,
        work_experience: {
          kind: 'work',
          id: 'work_experience',
          label: '2 years of paid prevention/early intervention work',
          years: 2,
          filter: PREVENTION_WORK,
        },
        // The 10-families rule is the older MI-AIMH edition's (domain.md).
        families_served: null,
        rsc_received: rscReceived(24, CURRENT_PROVIDERS, RSC_24),
      }),
    },
    IFRS: {
      ...base.IFRS,
      name: 'Infant/Early Childhood Family Reflective Supervisor',
      shortName: 'I/ECFRS',
      requirements: [
        ...replace(base.IFRS.requirements, {
          training_hours: TRAINING_48,
          training_rsc: TRAINING_RSC_15,
          rsc_received: rscReceived(24, CURRENT_PROVIDERS, RSC_24),
        }),
        TRAINING_DEI_3,
        // "Current editions add 1 year of leadership activities" (domain.md), at any scope.
        {
          kind: 'leadership',
          id: 'leadership',
          label: '1 year of leadership activities',
          years: 1,
          minScope: 'LOCAL',
        },
      ],
    },
    IMHS: {
      ...base.IMHS,
      name: 'Infant/Early Childhood Mental Health Specialist',
      shortName: 'I/ECMHS',
      // Alliance and Virginia current pages: only Mentor applicants sit the exam.
      requirements: replace(base.IMHS.requirements, { exam: null }),
    },
    IMHM: {
      ...base.IMHM,
      name: 'Infant/Early Childhood Mental Health Mentor',
      shortName: 'I/ECMHM',
      // Training moves into each track because Clinical's minimum differs from 2024 (CT-AIMH).
      requirements: replace(base.IMHM.requirements, { training_hours: null }),
      tracks: {
        CLINICAL: [
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
            // Current pages: "3 years post-graduate providing IMH RSC".
            label: '3 years of post-graduate experience providing IMH reflective supervision/consultation',
            years: 3,
            filter: {
              kinds: ['PROVIDING_RSC'],
              paidOnly: false,
              supervisedOnly: false,
              mustServeInfantsAndFamilies: false,
              afterDegree: 'MASTER',
              calendarTime: true,
            },
          },
          TRAINING_48,
          TRAINING_RSC_15,
          TRAINING_DEI_3,
          {
            ...rscReceived(
              50,
              MENTOR_CLINICAL,
              '50 hours of reflective supervision/consultation within 12–24 months, 25 about the RSC you provide',
            ),
            minHoursAboutOwnRsc: 25,
          },
          ...base.IMHM.tracks.CLINICAL.filter((spec) => spec.kind === 'references'),
        ],
        POLICY: [trainingHours(30), ...base.IMHM.tracks.POLICY],
        RESEARCH_FACULTY: [trainingHours(30), ...base.IMHM.tracks.RESEARCH_FACULTY],
      },
    },
  },
  renewal: {
    trainingHours: 15,
    rscTrainingHoursForProviders: 3,
    // PA-AIMH: at least 1 hour on diversity, equity and inclusion, in line with the 2024 DEI minimum.
    deiTrainingHours: 1,
    // 12 h/year for IFS, IFRS, IMHS and IMHM-C, spread over 6–12 months (second pass).
    rsc: {
      IFS: { hours: 12, minSpreadMonths: 6, providers: CURRENT_PROVIDERS },
      IFRS: { hours: 12, minSpreadMonths: 6, providers: CURRENT_PROVIDERS },
      IMHS: { hours: 12, minSpreadMonths: 6, providers: IMHS_OR_MENTOR },
      'IMHM-CLINICAL': { hours: 12, minSpreadMonths: 6, providers: MENTOR_CLINICAL },
    },
    // IMHM-C after 3 years: 10 h, and peer consultation then counts.
    mentorClinicalYears: 3,
    mentorAfter: { hours: 10, minSpreadMonths: 6, providers: MENTOR_CLINICAL, peerCounts: true },
  },
};
