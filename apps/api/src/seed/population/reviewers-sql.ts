import { FIRST_NAMES, LAST_NAMES } from './names.ts';
import type { PopulationContext, PopulationStep } from './population-context.ts';

/**
 * Reviewers: accounts with the REVIEWER role, each endorsed at IMHS or IMHM (most Mentors on the
 * clinical track) and qualified to review their own level or lower ones: one level always, any other
 * level at or below theirs with probability 0.35.
 */
export function reviewerSteps(c: PopulationContext, createDecider: boolean): PopulationStep[] {
  const { r } = c;
  const created = `${c.today} - ${r.int(500, 'n', 30, 2500)} + ${c.timeOfDay(501, 'n')}`;
  const reviewers = `generate_series(1, ${c.plan.reviewers}) n`;
  const held = r.weighted(504, 'n', [
    ['4', 0.45],
    ['5', 0.55],
  ]);
  const steps: PopulationStep[] = [];
  if (createDecider)
    steps.push(
      {
        label: 'coordinator who decided',
        table: 'User',
        sql: `INSERT INTO "User" (id, email, name, "passwordHash", active, "createdAt", "updatedAt")
          VALUES (${c.id('coordinator', "'1'")}, ${c.prefix} || '-coordinator@example.org',
            'Population Coordinator', ${c.passwordHash}, true, ${c.today} - 2200, ${c.today} - 2200)`,
      },
      {
        label: 'coordinator role',
        table: 'UserRole',
        sql: `INSERT INTO "UserRole" (id, "userId", role, "associationId", "createdAt")
          VALUES (${c.id('coordinator-role', "'1'")}, ${c.id('coordinator', "'1'")}, 'COORDINATOR',
            ${c.associationId}, ${c.today} - 2200)`,
      },
    );
  return [
    ...steps,
    {
      label: 'reviewer accounts',
      table: 'User',
      sql: `INSERT INTO "User" (id, email, name, "passwordHash", active, "createdAt", "updatedAt")
        SELECT ${c.id('rv', 'n')}, ${c.prefix} || '-reviewer-' || n || '@example.org',
          ${r.pick(502, 'n', FIRST_NAMES)} || ' ' || ${r.pick(503, 'n', LAST_NAMES)}, ${c.passwordHash},
          ${r.chance(505, 'n', 0.97)}, ${created}, ${created}
        FROM ${reviewers}`,
    },
    {
      label: 'reviewer roles',
      table: 'UserRole',
      sql: `INSERT INTO "UserRole" (id, "userId", role, "associationId", "createdAt")
        SELECT ${c.id('rvr', 'n')}, ${c.id('rv', 'n')}, 'REVIEWER', ${c.associationId}, ${created} FROM ${reviewers}`,
    },
    {
      label: 'reviewer qualifications',
      table: 'ReviewerQualification',
      sql: `INSERT INTO "ReviewerQualification" (id, "userId", level, "heldLevel", "heldTrack", "createdAt")
        SELECT ${c.id('rq', `n || '-' || k`)}, ${c.id('rv', 'n')}, ${c.level('k')}, ${c.level('held')},
          CASE WHEN held = 5 THEN ${r.weighted(506, 'n', [
            ["'CLINICAL'", 0.8],
            ["'POLICY'", 0.1],
            ["'RESEARCH_FACULTY'", 0.1],
          ])}::"MentorTrack" END, ${created}
        FROM (SELECT n, held, 1 + floor(held * ${r.u(507, 'n')})::int AS main FROM (SELECT n, ${held} AS held FROM ${reviewers}) h) q
        CROSS JOIN generate_series(1, 5) k
        WHERE k <= held AND (k = main OR ${r.chance(508, 'n::int8 * 8 + k', 0.35)})`,
    },
  ];
}
