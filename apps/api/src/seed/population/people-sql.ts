import { CITIES, EMPLOYERS, FIRST_NAMES, JOB_TITLES, LAST_NAMES, STREETS } from './names.ts';
import type { PopulationContext, PopulationStep } from './population-context.ts';

/** The day a profile's association membership runs to (the profile and its membership entry agree). */
export const membershipEndsSql = (c: PopulationContext) => `${c.today} + ${c.r.int(210, 'pn', -90, 540)}`;

/**
 * The applicants (temp table pop_profile): those with applications joined a few weeks before their
 * first one; those endorsed before the system (legacy) months before their endorsement. Chapters are
 * uneven on purpose, as real ones are: chapter ⌊C·u²⌋ gives the first chapters many times the members
 * of the last; 2% of members belong to no chapter.
 */
export function peopleSteps(c: PopulationContext): PopulationStep[] {
  const { r } = c;
  const chapter =
    c.chapterCount === 0
      ? 'NULL::int'
      : `CASE WHEN ${r.chance(200, 'pn', 0.02)} THEN NULL
          ELSE least(${c.chapterCount - 1}, floor(${c.chapterCount} * power(${r.u(201, 'pn')}, 2)))::int + 1 END`;
  const at = `created + ${c.timeOfDay(204, 'pn')}`;
  return [
    {
      label: 'plan applicants',
      sql: `CREATE TEMP TABLE pop_profile ON COMMIT DROP AS
        SELECT pn, created, ${chapter} AS chapter FROM (
          SELECT pn, started::date - floor(30 * ${r.u(202, 'pn')})::int AS created FROM pop_app WHERE NOT second
          UNION ALL
          SELECT pn, starts - 60 - floor(340 * ${r.u(203, 'pn')})::int FROM pop_end WHERE app_n IS NULL
        ) p`,
    },
    { label: 'analyze the plan', sql: 'ANALYZE pop_profile' },
    {
      label: 'applicant accounts',
      table: 'User',
      sql: `INSERT INTO "User" (id, email, name, "passwordHash", active, "createdAt", "updatedAt")
        SELECT ${c.id('u', 'pn')}, ${c.prefix} || '-applicant-' || pn || '@example.org',
          ${r.pick(205, 'pn', FIRST_NAMES)} || ' ' || ${r.pick(206, 'pn', LAST_NAMES)},
          ${c.passwordHash}, true, ${at}, ${at}
        FROM pop_profile`,
    },
    {
      label: 'applicant roles',
      table: 'UserRole',
      sql: `INSERT INTO "UserRole" (id, "userId", role, "associationId", "createdAt")
        SELECT ${c.id('ur', 'pn')}, ${c.id('u', 'pn')}, 'APPLICANT', ${c.associationId}, ${at} FROM pop_profile`,
    },
    {
      label: 'applicant profiles',
      table: 'ApplicantProfile',
      sql: `INSERT INTO "ApplicantProfile" (id, "userId", "associationId", "chapterId", phone, "addressLine", city,
          "postalCode", employer, "jobTitle", "membershipNumber", "membershipExpiresOn", "createdAt", "updatedAt")
        SELECT ${c.id('p', 'pn')}, ${c.id('u', 'pn')}, ${c.associationId}, (${c.chapters})[chapter],
          '+1 555 ' || lpad(${r.int(207, 'pn', 0, 9_999_999)}::text, 7, '0'),
          ${r.int(208, 'pn', 1, 9999)} || ' ' || ${r.pick(209, 'pn', STREETS)}, ${r.pick(211, 'pn', CITIES)},
          lpad(${r.int(212, 'pn', 48_000, 49_999)}::text, 5, '0'), ${r.pick(213, 'pn', EMPLOYERS)},
          ${r.pick(214, 'pn', JOB_TITLES)}, 'M-' || (100000 + pn), ${membershipEndsSql(c)}, ${at}, ${at}
        FROM pop_profile`,
    },
  ];
}
