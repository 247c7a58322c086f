import { anyLevelSql, type PopulationContext, type PopulationStep, trackSql } from './population-context.ts';

const DECIDED = `status IN ('ENDORSED', 'DENIED')`;

/**
 * The applications' plan (temp table pop_app): status, level and timeline of each, then the rows.
 * Application n ≤ applicants is applicant n's first; n > applicants is applicant (n − applicants)'s
 * second, for the next level up, started after the first was endorsed. Statuses are dealt exactly
 * (ranked by a hash) so the mix is the plan's; dates are drawn within a window per application:
 * the last six years, weighted to recent years (the register grows), ending today.
 */
export function applicationPlanSteps(c: PopulationContext): PopulationStep[] {
  const { r, plan, today } = c;
  const { applicants, upgraders } = plan;
  let bound = 0;
  const statusByRank = plan.rankedStatuses
    .filter(([, count]) => count > 0)
    .map(([status, count]) => {
      bound += count;
      return `WHEN rank <= ${bound} THEN '${status}'`;
    })
    .join(' ');
  // Upgraders first held one of the four lower levels; their second application is the next one up.
  const lowerLevel = (key: string) =>
    r.weighted(101, key, [
      ['1', 0.25],
      ['2', 0.45],
      ['3', 0.1],
      ['4', 0.2],
    ]);
  return [
    {
      label: 'plan applications',
      sql: `CREATE TEMP TABLE pop_app ON COMMIT DROP AS
        SELECT n, pn, second, status, lvl, ${trackSql(c, 102, 'n', 'lvl')} AS track,
          CASE WHEN second THEN NULL ELSE ${today} - 2190 END AS lo,
          CASE WHEN n <= ${upgraders} THEN ${today} - 730 ELSE ${today} END AS hi,
          NULL::timestamp AS started, NULL::timestamp AS submitted, NULL::timestamp AS decided,
          NULL::timestamp AS changes, NULL::timestamp AS resubmitted, NULL::timestamp AS exam
        FROM (
          SELECT n, pn, second,
            CASE WHEN n <= ${upgraders} THEN 'ENDORSED' ${statusByRank ? `ELSE CASE ${statusByRank} END` : ''} END AS status,
            CASE WHEN n <= ${upgraders} THEN ${lowerLevel('n')} WHEN second THEN ${lowerLevel('pn')} + 1
                 ELSE ${anyLevelSql(c, 103, 'n')} END AS lvl
          FROM (
            SELECT n, n > ${applicants} AS second, CASE WHEN n > ${applicants} THEN n - ${applicants} ELSE n END AS pn,
              row_number() OVER (PARTITION BY n <= ${upgraders} ORDER BY ${r.u(100, 'n')}, n) AS rank
            FROM generate_series(1, ${plan.applications}) n
          ) ranked
        ) planned`,
    },
    // Temp tables are never auto-analysed: without statistics the self-joins below plan as nested loops.
    { label: 'analyze the plan', sql: 'ANALYZE pop_app' },
    { label: 'timelines of first applications', sql: timelineSql(c, 'NOT second') },
    {
      label: 'windows of second applications',
      sql: `UPDATE pop_app s SET lo = f.decided::date + 60 + floor(305 * ${r.u(119, 's.n')})::int
        FROM pop_app f WHERE s.second AND f.n = s.pn`,
    },
    { label: 'timelines of second applications', sql: timelineSql(c, 'second') },
  ];
}

/**
 * Dates within [lo, hi): decided applications were submitted at least 32 days before hi and decided
 * 30–300 days later (whole days 31–299 apart, times of day apart; skewed to the short end); open ones were submitted in the last 240 days;
 * drafts were started in the last year. Some decided ones went through a change request and a
 * second round; a change request falls 40%, and the resubmission 70%, of the way to the decision.
 */
function timelineSql(c: PopulationContext, where: string): string {
  const { r } = c;
  const endOf = `coalesce(decided, hi::timestamp)`;
  return `UPDATE pop_app t SET started = x.started, submitted = x.submitted, decided = x.decided,
      changes = x.changes, resubmitted = x.resubmitted, exam = x.exam
    FROM (
      SELECT n, started, submitted, decided,
        CASE WHEN status IN ('CHANGES_REQUESTED', 'RESUBMITTED') OR round2
          THEN submitted + (${endOf} - submitted) * 0.4 END AS changes,
        CASE WHEN status = 'RESUBMITTED' OR round2 THEN submitted + (${endOf} - submitted) * 0.7 END AS resubmitted,
        CASE WHEN status = 'EXAM_PENDING' THEN submitted + (hi::timestamp - submitted) * 0.6 END AS exam
      FROM (
        SELECT n, status, hi, round2,
          sub_day + ${c.timeOfDay(110, 'n')} AS submitted,
          dec_day + ${c.timeOfDay(111, 'n')} AS decided,
          CASE WHEN status = 'DRAFT' THEN hi - 1 - floor(least(364, hi - lo - 1) * ${r.u(112, 'n')})::int
               ELSE greatest(lo, sub_day - 7 - floor(113 * ${r.u(113, 'n')})::int) END
            + ${c.timeOfDay(114, 'n')} AS started
        FROM (
          SELECT n, status, lo, hi, sub_day,
            CASE WHEN ${DECIDED} THEN sub_day + 31
              + floor((least(299, hi - 1 - sub_day) - 31) * power(${r.u(115, 'n')}, 2))::int END AS dec_day,
            ${DECIDED} AND ${r.chance(116, 'n', 0.15)} AS round2
          FROM (
            SELECT n, status, lo, hi,
              CASE WHEN ${DECIDED} THEN lo + 7 + floor((hi - lo - 39) * power(${r.u(117, 'n')}, 0.667))::int
                   WHEN status = 'WITHDRAWN' THEN lo + 7 + floor((hi - lo - 8) * power(${r.u(117, 'n')}, 0.667))::int
                   WHEN status = 'DRAFT' THEN NULL
                   ELSE hi - 1 - floor(least(240, hi - lo - 8) * ${r.u(118, 'n')})::int END AS sub_day
            FROM pop_app WHERE ${where}
          ) a
        ) b
      ) d
    ) x WHERE t.n = x.n`;
}

/** Applications, their submission rounds and the coordinators' decisions, from pop_app. */
export function applicationRowSteps(c: PopulationContext): PopulationStep[] {
  const signedAt = `CASE WHEN submitted IS NOT NULL THEN submitted - interval '1 hour' END`;
  const version = `CASE WHEN submitted IS NOT NULL THEN ${c.agreementVersion} END`;
  const round = (no: number, at: string, response: string) =>
    `SELECT ${c.id('s', `n || '-${no}'`)}, ${c.id('a', 'n')}, ${no}, '{}'::jsonb, '{}'::jsonb, ${response},
       ${c.id('u', 'pn')}, ${at} FROM pop_app WHERE ${at} IS NOT NULL`;
  const decision = (no: number, kind: string, at: string, message: string, where: string) =>
    `SELECT ${c.id('d', `n || '-${no}'`)}, ${c.id('a', 'n')}, '${kind}'::"DecisionKind", ${message},
       ${kind === 'REQUEST_CHANGES' ? `ARRAY['trainings']` : `'{}'::text[]`}, ${c.deciderId}, ${at}
     FROM pop_app WHERE ${where}`;
  return [
    {
      label: 'applications',
      table: 'Application',
      sql: `INSERT INTO "Application" (id, "profileId", "associationId", level, track, "ruleEdition", status,
          "codeOfEthicsVersion", "codeOfEthicsAcceptedAt", "agreementVersion", "agreementAcceptedAt",
          "startedAt", "submittedAt", "decidedAt", "updatedAt")
        SELECT ${c.id('a', 'n')}, ${c.id('p', 'pn')}, ${c.associationId}, ${c.level('lvl')}, track::"MentorTrack",
          ${c.ruleEdition}, status::"ApplicationStatus", ${version}, ${signedAt}, ${version}, ${signedAt},
          started, coalesce(resubmitted, submitted), decided, greatest(started, submitted, resubmitted, changes, exam, decided)
        FROM pop_app`,
    },
    {
      label: 'submission rounds',
      table: 'ApplicationSubmission',
      sql: `INSERT INTO "ApplicationSubmission" (id, "applicationId", round, snapshot, evaluation, response,
          "submittedById", "submittedAt")
        ${round(1, 'submitted', 'NULL')}
        UNION ALL ${round(2, 'resubmitted', `'Added the training certificates the reviewers asked for.'`)}`,
    },
    {
      label: 'decisions',
      table: 'Decision',
      sql: `INSERT INTO "Decision" (id, "applicationId", kind, message, sections, "decidedById", "createdAt")
        ${decision(1, 'REQUEST_CHANGES', 'changes', `'Please add certificates for the trainings listed.'`, 'changes IS NOT NULL')}
        UNION ALL ${decision(2, 'EXAM_PENDING', 'exam', 'NULL', 'exam IS NOT NULL')}
        UNION ALL ${decision(3, 'ENDORSE', 'decided', 'NULL', `status = 'ENDORSED'`)}
        UNION ALL ${decision(4, 'DENY', 'decided', `'The portfolio does not meet the requirements of this level.'`, `status = 'DENIED'`)}`,
    },
  ];
}
