/** The shipped editions, and how an association's choice and a start date pick one. */
import { type IsoDate, toDay } from '../dates';
import { type LevelCode, levelRank, type Target, targetKey } from '../levels';
import type { RequirementId, RequirementSpec } from '../requirements';
import { CURRENT_2024 } from './current-2024';
import type { CompetencyDomain, Edition, LevelRules } from './edition';
import { VAIMH_2010 } from './vaimh-2010';

export { CURRENT_2024, VAIMH_2010 };

/** The seeds' edition is the default (issue 3). */
export const DEFAULT_EDITION: Edition = VAIMH_2010;

export const EDITIONS: Readonly<Record<string, Edition>> = {
  [VAIMH_2010.id]: VAIMH_2010,
  [CURRENT_2024.id]: CURRENT_2024,
};

/** An association's choice: which edition applies to applications started from which date. */
export interface EditionScheduleEntry {
  edition: Edition;
  from: IsoDate;
}

/** Without a choice of its own, an association judges every application by the default edition. */
export const DEFAULT_SCHEDULE: readonly EditionScheduleEntry[] = [
  { edition: DEFAULT_EDITION, from: DEFAULT_EDITION.effectiveFrom },
];

/**
 * The edition in force when an application was started: the schedule entry with the latest `from`
 * on or before `startedOn`. An application started before the association's first entry (files
 * migrated from an older system) is judged by that first entry, the oldest rules the association has.
 */
export function editionFor(
  startedOn: IsoDate,
  schedule: readonly EditionScheduleEntry[] = DEFAULT_SCHEDULE,
): Edition {
  const started = toDay(startedOn);
  let chosen: EditionScheduleEntry | undefined;
  let earliest: EditionScheduleEntry | undefined;
  for (const entry of schedule) {
    const from = toDay(entry.from);
    if (!earliest || from < toDay(earliest.from)) earliest = entry;
    if (from <= started && (!chosen || from > toDay(chosen.from))) chosen = entry;
  }
  const found = chosen ?? earliest;
  if (!found) throw new RangeError('An edition schedule needs at least one entry');
  return found.edition;
}

export function getEdition(id: string): Edition | undefined {
  return EDITIONS[id];
}

/** The order requirements are listed in results: the order of the application form. */
export const REQUIREMENT_ORDER: readonly RequirementId[] = [
  'education',
  'degree_or_work',
  'work_experience',
  'families_served',
  'rsc_provision_experience',
  'leadership',
  'training_hours',
  'training_rsc',
  'training_dei',
  'rsc_received',
  'references',
  'exam',
  'code_of_ethics',
  'endorsement_agreement',
  'membership',
];

export function levelRules(edition: Edition, level: LevelCode): LevelRules | undefined {
  return edition.levels[level];
}

const requirementCache = new WeakMap<Edition, Map<string, readonly RequirementSpec[]>>();

/**
 * The requirements for a level (and, for IMHM, its track), in form order; empty when the edition
 * does not have the level. Memoized per edition object because evaluation asks for them constantly.
 */
export function requirementsFor(edition: Edition, target: Target): readonly RequirementSpec[] {
  let byTarget = requirementCache.get(edition);
  if (!byTarget) {
    byTarget = new Map();
    requirementCache.set(edition, byTarget);
  }
  const key = targetKey(target);
  let specs = byTarget.get(key);
  if (!specs) {
    const rules = edition.levels[target.level];
    const own = rules
      ? [...rules.requirements, ...(target.track && rules.tracks ? rules.tracks[target.track] : [])]
      : [];
    specs = own.sort((a, b) => REQUIREMENT_ORDER.indexOf(a.id) - REQUIREMENT_ORDER.indexOf(b.id));
    byTarget.set(key, specs);
  }
  return specs;
}

/** The competency domains that apply to a level and track, each with only the competencies that apply. */
export function competencyDomainsFor(edition: Edition, target: Target): CompetencyDomain[] {
  const rank = levelRank(target.level);
  const out: CompetencyDomain[] = [];
  for (const domain of edition.competencyDomains) {
    if (domain.tracks && !(target.track && domain.tracks.includes(target.track))) continue;
    const competencies = domain.competencies.filter((c) => levelRank(c.from) <= rank);
    if (competencies.length > 0) out.push({ ...domain, competencies });
  }
  return out;
}

/** Whether applicants for this target sit the written exam in this edition (the state machine's exam step). */
export function requiresExam(edition: Edition, target: Target): boolean {
  return requirementsFor(edition, target).some((spec) => spec.kind === 'exam');
}

export function levelName(edition: Edition, level: LevelCode): string | undefined {
  return edition.levels[level]?.name;
}
