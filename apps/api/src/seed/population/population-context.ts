import type { PopulationPlan } from './population-plan.ts';
import { lit, type RandomSql, randomSql, textArray } from './random-sql.ts';

/** One SQL statement of the generation; `table` names what its affected rows count as. */
export type PopulationStep = { label: string; table?: string; sql: string };

export const LEVELS = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'] as const;

/** Everything the SQL builders share, as SQL fragments with the population's values inlined. */
export type PopulationContext = {
  r: RandomSql;
  plan: PopulationPlan;
  /** An id expression: `<prefix>-<kind>-<key>`. */
  id: (kind: string, key: string) => string;
  prefix: string;
  today: string;
  year: number;
  associationId: string;
  associationCode: string;
  ruleEdition: string;
  chapters: string;
  chapterCount: number;
  passwordHash: string;
  deciderId: string;
  /** An office-hours time of day (08:00–18:00) to add to a date. */
  timeOfDay: (stream: number, key: string) => string;
  /** The level code at index `expr` (1 = IFA … 5 = IMHM), as the LevelCode enum. */
  level: (expr: string) => string;
  /** The current agreements' version (applications and renewals sign them). */
  agreementVersion: string;
  /** The association's renewal policy: days of grace after 31 December, and reminder days before it. */
  graceDays: number;
  reminderDays: readonly number[];
};

export function populationContext(input: {
  plan: PopulationPlan;
  seed: number;
  idPrefix: string;
  today: string;
  associationId: string;
  associationCode: string;
  ruleEdition: string;
  chapterIds: string[];
  passwordHash: string;
  deciderId: string;
  agreementVersion: string;
  graceDays: number;
  reminderDays: readonly number[];
}): PopulationContext {
  const r = randomSql(input.seed);
  return {
    r,
    plan: input.plan,
    id: (kind, key) => `(${lit(`${input.idPrefix}-${kind}-`)} || (${key}))`,
    prefix: lit(input.idPrefix),
    today: `${lit(input.today)}::date`,
    year: Number(input.today.slice(0, 4)),
    associationId: lit(input.associationId),
    associationCode: lit(input.associationCode),
    ruleEdition: lit(input.ruleEdition),
    chapters: textArray(input.chapterIds),
    chapterCount: input.chapterIds.length,
    passwordHash: lit(input.passwordHash),
    deciderId: lit(input.deciderId),
    timeOfDay: (stream, key) => `make_interval(secs => 28800 + floor(${r.u(stream, key)} * 36000))`,
    level: (expr) => `(${textArray(LEVELS)})[${expr}]::"LevelCode"`,
    agreementVersion: lit(input.agreementVersion),
    graceDays: input.graceDays,
    reminderDays: input.reminderDays,
  };
}

/** Level indexes (1 = IFA … 5 = IMHM) by how often people hold or seek them. */
export const anyLevelSql = (c: PopulationContext, stream: number, key: string) =>
  c.r.weighted(stream, key, [
    ['1', 0.15],
    ['2', 0.4],
    ['3', 0.1],
    ['4', 0.2],
    ['5', 0.15],
  ]);

/** A Mentor's track, for level index 5. */
export const trackSql = (c: PopulationContext, stream: number, key: string, levelExpr: string) =>
  `(CASE WHEN ${levelExpr} = 5 THEN ${c.r.weighted(stream, key, [
    ["'CLINICAL'", 0.7],
    ["'POLICY'", 0.15],
    ["'RESEARCH_FACULTY'", 0.15],
  ])} END)`;
