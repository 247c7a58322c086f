import {
  COMPETENCY_DOMAINS,
  DEI_TRAINING_TITLES,
  EMPLOYERS,
  FIELDS,
  INSTITUTIONS,
  JOB_TITLES,
  RSC_PROVIDERS,
  RSC_TRAINING_TITLES,
  TRAINING_PROVIDERS,
  TRAINING_TITLES,
} from './names.ts';
import { membershipEndsSql } from './people-sql.ts';
import type { PopulationContext, PopulationStep } from './population-context.ts';

/**
 * Each applicant's portfolio: one or two degrees, a current job and often an earlier one, four to six
 * trainings over the last six years (most people have one on diversity, equity and inclusion, some
 * on providing RSC), up to three RSC entries, and their association membership. Random values of an
 * entry are keyed by (applicant, entry number): key = pn·8 + k.
 */
export function portfolioSteps(c: PopulationContext): PopulationStep[] {
  const { r } = c;
  const key = 'pn::int8 * 8 + k';
  const at = `(created + ${c.timeOfDay(300, 'pn')})`;
  const degree = r.weighted(301, 'pn', [
    ["'ASSOCIATE'", 0.1],
    ["'BACHELOR'", 0.45],
    ["'MASTER'", 0.37],
    ["'POST_GRADUATE'", 0.08],
  ]);
  const workKind = r.weighted(310, key, [
    ["'INFANT_FAMILY_FIELD'", 0.25],
    ["'PREVENTION_EARLY_INTERVENTION'", 0.25],
    ["'IMH_SERVICES'", 0.2],
    ["'PROVIDING_RSC'", 0.1],
    ["'PRACTICE_LEADER'", 0.06],
    ["'POLICY_LEADER'", 0.04],
    ["'TEACHING_RESEARCH'", 0.05],
    ["'OTHER'", 0.05],
  ]);
  const dei = `(k = 1 AND ${r.chance(320, 'pn', 0.75)})`;
  const rscTopic = `(k = 2 AND ${r.chance(321, 'pn', 0.12)})`;
  const rscCount = r.weighted(330, 'pn', [
    ['0', 0.25],
    ['1', 0.35],
    ['2', 0.25],
    ['3', 0.15],
  ]);
  const providerIsMentor = r.chance(334, key, 0.6);
  return [
    {
      label: 'education',
      table: 'EducationEntry',
      // A Master's or doctorate usually follows a Bachelor's, recorded as a second, earlier entry.
      sql: `INSERT INTO "EducationEntry" (id, "profileId", "degreeLevel", field, institution, "completedOn", "createdAt")
        SELECT ${c.id('ed', `pn || '-' || k`)}, ${c.id('p', 'pn')},
          (CASE WHEN k = 1 THEN degree ELSE 'BACHELOR' END)::"DegreeLevel",
          ${r.pick(302, key, FIELDS)}, ${r.pick(303, key, INSTITUTIONS)},
          created - ${r.int(304, 'pn', 365, 5475)} - (k - 1) * ${r.int(305, 'pn', 730, 1825)}, ${at}
        FROM (SELECT pn, created, ${degree} AS degree FROM pop_profile) p
        CROSS JOIN generate_series(1, 2) k
        WHERE k = 1 OR degree IN ('MASTER', 'POST_GRADUATE')`,
    },
    {
      label: 'work',
      table: 'WorkEntry',
      sql: `INSERT INTO "WorkEntry" (id, "profileId", role, employer, paid, kind, "startDate", "endDate", "hoursPerWeek",
          "servesInfantsFamilies", "familiesServed", supervised, "createdAt")
        SELECT ${c.id('wk', `pn || '-' || k`)}, ${c.id('p', 'pn')}, ${r.pick(311, key, JOB_TITLES)},
          ${r.pick(312, key, EMPLOYERS)}, ${r.chance(313, key, 0.95)}, ${workKind}::"WorkKind",
          CASE WHEN k = 1 THEN current_start ELSE current_start - ${r.int(314, 'pn', 400, 2900)} END,
          CASE WHEN k = 2 THEN current_start - ${r.int(315, 'pn', 0, 120)} END,
          (ARRAY[20, 24, 30, 32, 35, 40])[${r.int(316, key, 1, 6)}], serves,
          CASE WHEN serves THEN ${r.int(317, key, 4, 30)} END, ${r.chance(318, key, 0.6)}, ${at}
        FROM (SELECT pn, created, created - ${r.int(319, 'pn', 30, 2900)} AS current_start FROM pop_profile) p
        CROSS JOIN generate_series(1, 2) k
        CROSS JOIN LATERAL (SELECT ${r.chance(309, key, 0.9)} AS serves) s
        WHERE k = 1 OR ${r.chance(308, 'pn', 0.45)}`,
    },
    {
      label: 'trainings',
      table: 'TrainingEntry',
      sql: `INSERT INTO "TrainingEntry" (id, "profileId", title, provider, date, hours, "competencyDomains", topics, "createdAt")
        SELECT ${c.id('tr', `pn || '-' || k`)}, ${c.id('p', 'pn')},
          CASE WHEN ${dei} THEN ${r.pick(322, key, DEI_TRAINING_TITLES)}
               WHEN ${rscTopic} THEN ${r.pick(322, key, RSC_TRAINING_TITLES)}
               ELSE ${r.pick(322, key, TRAINING_TITLES)} END,
          ${r.pick(323, key, TRAINING_PROVIDERS)}, ${c.today} - ${r.int(324, key, 1, 2190)},
          (${r.int(325, key, 2, 24)} / 2.0)::numeric(6, 2),
          CASE WHEN ${r.chance(326, key, 0.4)}
            THEN ARRAY[${r.pick(327, key, COMPETENCY_DOMAINS)}, ${r.pick(328, key, COMPETENCY_DOMAINS)}]
            ELSE ARRAY[${r.pick(327, key, COMPETENCY_DOMAINS)}] END,
          CASE WHEN ${dei} THEN ARRAY['DEI'] WHEN ${rscTopic} THEN ARRAY['PROVIDING_RSC'] ELSE '{}'::text[] END, ${at}
        FROM pop_profile CROSS JOIN generate_series(1, 6) k
        WHERE k <= ${r.int(329, 'pn', 4, 6)}`,
    },
    {
      label: 'reflective supervision/consultation',
      table: 'RscEntry',
      sql: `INSERT INTO "RscEntry" (id, "profileId", "startDate", "endDate", hours, format, "providerName", "providerLevel",
          "providerTrack", "providerDegree", peer, "createdAt")
        SELECT ${c.id('rsc', `pn || '-' || k`)}, ${c.id('p', 'pn')}, start,
          least(start + ${r.int(331, key, 60, 365)}, ${c.today} - 1), ${r.int(332, key, 6, 36)},
          (CASE WHEN ${r.chance(333, key, 0.7)} THEN 'INDIVIDUAL' ELSE 'GROUP' END)::"RscFormat",
          ${r.pick(335, key, RSC_PROVIDERS)}, (CASE WHEN ${providerIsMentor} THEN 'IMHM' ELSE 'IMHS' END)::"LevelCode",
          CASE WHEN ${providerIsMentor} THEN 'CLINICAL'::"MentorTrack" END, 'MASTER', ${r.chance(336, key, 0.03)}, ${at}
        FROM pop_profile CROSS JOIN generate_series(1, 3) k
        CROSS JOIN LATERAL (SELECT ${c.today} - ${r.int(337, key, 30, 2190)} AS start) s
        WHERE k <= ${rscCount}`,
    },
    {
      label: 'memberships',
      table: 'MembershipEntry',
      sql: `INSERT INTO "MembershipEntry" (id, "profileId", "associationName", "memberNumber", "startsOn", "endsOn", "createdAt")
        SELECT ${c.id('mb', 'pn')}, ${c.id('p', 'pn')}, ${c.associationCode}, 'M-' || (100000 + pn),
          created - ${r.int(338, 'pn', 0, 365)}, ${membershipEndsSql(c)}, ${at}
        FROM pop_profile`,
    },
  ];
}
