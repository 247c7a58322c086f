import { anyLevelSql, type PopulationContext, type PopulationStep, trackSql } from './population-context.ts';

// Outcomes of a renewal year: 80% on time, 12% late (in the grace period), 8% never renewed.
const OUTCOMES: [string, number][] = [
  ["'on_time'", 0.8],
  ["'late'", 0.12],
  ["'missed'", 0.08],
];

/**
 * The endorsements (temp table pop_end): one per endorsed application, dated the day of its decision,
 * plus the legacy ones granted 1–12 years ago before the system existed. Each is then renewed year by
 * year (pop_ren) as the rules package reads a history: renewal years run from the year after the
 * grant, each due 31 December; on time is submitted in the last 60 days before the due date, late
 * within the association's days of grace, and approved 1–14 days after submission. A renewal counts
 * once it is approved before today. The first year not renewed sets expiresOn (its 31 December) and
 * graceEndsOn (the grace later); when that grace has ended the endorsement is LAPSED, the day after.
 */
export function endorsementPlanSteps(c: PopulationContext): PopulationStep[] {
  const { r, plan, today, graceDays } = c;
  const key = 'en::int8 * 4096 + y';
  const due = 'make_date(y, 12, 31)';
  return [
    {
      label: 'plan endorsements',
      sql: `CREATE TEMP TABLE pop_end ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY app_n NULLS LAST, pn)::int AS en, pn, app_n, lvl, track, starts,
          NULL::int AS stop_year, NULL::text AS status
        FROM (
          SELECT pn, n AS app_n, lvl, track, decided::date AS starts FROM pop_app WHERE status = 'ENDORSED'
          UNION ALL
          SELECT ${plan.applicants} + k, NULL, lvl, ${trackSql(c, 401, 'k', 'lvl')},
            ${today} - 366 - floor(4015 * ${r.u(402, 'k')})::int
          FROM (SELECT k, ${anyLevelSql(c, 400, 'k')} AS lvl FROM generate_series(1, ${plan.legacy}) k) legacy
        ) e`,
    },
    { label: 'analyze the plan', sql: 'ANALYZE pop_end' },
    {
      label: 'plan renewal years',
      sql: `CREATE TEMP TABLE pop_ren ON COMMIT DROP AS
        SELECT en, y, outcome, sub, decided, outcome <> 'missed' AND decided < ${today}::timestamp AS done
        FROM (
          SELECT en, y, outcome, sub, sub + (1 + floor(13 * ${r.u(405, key)})::int) * interval '1 day' AS decided
          FROM (
            SELECT en, y, outcome,
              CASE outcome WHEN 'on_time' THEN ${due} - floor(60 * ${r.u(404, key)})::int
                           WHEN 'late' THEN ${due} + 1 + floor(${Math.max(graceDays - 1, 0)} * ${r.u(404, key)})::int END
                + ${c.timeOfDay(406, key)} AS sub
            FROM (
              SELECT en, y, ${r.weighted(403, key, OUTCOMES)} AS outcome
              FROM pop_end CROSS JOIN LATERAL generate_series(extract(year FROM starts)::int + 1, ${c.year}) y
            ) o
          ) s
        ) d`,
    },
    { label: 'analyze the plan', sql: 'ANALYZE pop_ren' },
    {
      label: 'standing of endorsements',
      // 1% of the others are inactive (leave) and 0.2% revoked, flags the association sets.
      sql: `UPDATE pop_end e SET stop_year = s.stop_year,
          status = CASE WHEN make_date(s.stop_year, 12, 31) + ${graceDays} < ${today} THEN 'LAPSED'
                        WHEN ${r.chance(407, 'e.en', 0.01)} THEN 'INACTIVE'
                        WHEN ${r.chance(407, 'e.en', 0.012)} THEN 'REVOKED' ELSE 'ACTIVE' END
        FROM (
          SELECT p.en, coalesce(min(y) FILTER (WHERE NOT done), ${c.year + 1}) AS stop_year
          FROM pop_end p LEFT JOIN pop_ren USING (en) GROUP BY p.en
        ) s WHERE e.en = s.en`,
    },
  ];
}

/** Endorsements and their renewals from the plan; a renewal submitted but not yet decided stays SUBMITTED. */
export function endorsementRowSteps(c: PopulationContext): PopulationStep[] {
  const expires = 'make_date(stop_year, 12, 31)';
  const { graceDays } = c;
  // The notices the scheduler sends before and on the due date (renewals/scheduler.ts), as kind and
  // days before 31 December: those whose day has come were sent, on that day.
  const notices = [...c.reminderDays.map((d) => `('reminder-${d}', ${d})`), "('due', 0)"].join(', ');
  const approved = 'r.y < e.stop_year';
  return [
    {
      label: 'endorsements',
      table: 'Endorsement',
      sql: `INSERT INTO "Endorsement" (id, number, "profileId", "applicationId", level, track, status, "startsOn",
          "expiresOn", "graceEndsOn", "lapsedOn", "createdAt")
        SELECT ${c.id('e', 'en')},
          ${c.associationCode} || '-' || (ARRAY['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'])[lvl] || '-'
            || extract(year FROM starts) || '-' || ${c.prefix} || '-' || en,
          ${c.id('p', 'pn')}, CASE WHEN app_n IS NOT NULL THEN ${c.id('a', 'app_n')} END, ${c.level('lvl')},
          track::"MentorTrack", status::"EndorsementStatus", starts, ${expires}, ${expires} + ${graceDays},
          CASE WHEN status = 'LAPSED' THEN ${expires} + ${graceDays + 1} END, starts + ${c.timeOfDay(408, 'en')}
        FROM pop_end`,
    },
    {
      label: 'renewals',
      table: 'Renewal',
      sql: `INSERT INTO "Renewal" (id, "endorsementId", year, kind, status, late, "codeOfEthicsVersion",
          "codeOfEthicsAcceptedAt", "agreementVersion", "agreementAcceptedAt", "noSanctionAttestedAt",
          "firstSubmittedAt", "submittedAt", "decidedAt", "decidedById", "createdAt", "updatedAt")
        SELECT ${c.id('r', `en || '-' || y`)}, ${c.id('e', 'en')}, y, 'RENEWAL',
          (CASE WHEN ${approved} THEN 'APPROVED' ELSE 'SUBMITTED' END)::"RenewalStatus", outcome = 'late',
          ${c.agreementVersion}, sub, ${c.agreementVersion}, sub, sub, sub, sub,
          CASE WHEN ${approved} THEN decided END, CASE WHEN ${approved} THEN ${c.deciderId} END,
          sub - interval '12 days', CASE WHEN ${approved} THEN decided ELSE sub END
        FROM pop_ren r JOIN pop_end e USING (en)
        WHERE ${approved}
          OR (r.y = e.stop_year AND e.status = 'ACTIVE' AND r.outcome <> 'missed' AND r.sub < ${c.today}::timestamp)`,
    },
    {
      // A register that has been running has sent its reminders: without these rows the first run
      // of the scheduler would send every active endorsee the reminder of the day at once.
      label: 'renewal notices already sent',
      table: 'RenewalNotice',
      sql: `INSERT INTO "RenewalNotice" (id, "endorsementId", year, kind, "sentAt")
        SELECT ${c.id('rn', `en || '-' || kind`)}, ${c.id('e', 'en')}, stop_year, kind,
          ${expires} - days + time '07:00'
        FROM pop_end CROSS JOIN (VALUES ${notices}) AS notice(kind, days)
        WHERE status = 'ACTIVE' AND ${expires} - days <= ${c.today}`,
    },
  ];
}
