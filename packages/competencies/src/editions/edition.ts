/** The shape of a rule edition: everything that differs between associations and over time. */
import type { IsoDate } from '../dates';
import type { LevelCode, MentorTrack } from '../levels';
import type { ProviderRule, RequirementSpec } from '../requirements';

export interface Competency {
  id: string;
  name: string;
  /** The lowest level at which the competency applies; "which competencies apply grows with the level" (domain.md). */
  from: LevelCode;
}

export interface CompetencyDomain {
  id: string;
  name: string;
  /** Mentor-only domains name the tracks they belong to (Administration: Policy; Research & Evaluation: Research/Faculty). */
  tracks?: readonly MentorTrack[];
  competencies: readonly Competency[];
}

export interface LevelRules {
  code: LevelCode;
  name: string;
  shortName: string;
  /** Requirements for every applicant at this level. */
  requirements: readonly RequirementSpec[];
  /** IMHM: requirements added by each track, evaluated after the shared ones. */
  tracks?: Readonly<Record<MentorTrack, readonly RequirementSpec[]>>;
}

export type RenewalRequirementId =
  | 'renewal_membership'
  | 'renewal_training_hours'
  | 'renewal_training_rsc'
  | 'renewal_training_dei'
  | 'renewal_rsc_received'
  | 'renewal_code_of_ethics';

export interface RenewalRsc {
  hours: number;
  /** Hours spread over at least this many months of the year (0: no spread rule). */
  minSpreadMonths: number;
  providers: readonly ProviderRule[];
}

export interface RenewalRules {
  trainingHours: number;
  /** Of the training hours, this many on RSC for those who provided RSC during the year. */
  rscTrainingHoursForProviders: number;
  deiTrainingHours: number;
  /** Levels/tracks (keys as `targetKey`) that must receive RSC each year, and how much. */
  rsc: Readonly<Partial<Record<string, RenewalRsc>>>;
  /** IMHM-Clinical after holding the endorsement this many years: `mentorAfter` replaces the yearly RSC rule (null: the need ends). */
  mentorClinicalYears: number;
  mentorAfter: (RenewalRsc & { peerCounts: boolean }) | null;
}

export interface StatusRules {
  /** Renewal year Y is due on this month/day of Y (Michigan, Virginia: 31 December). */
  dueMonth: number;
  dueDay: number;
  /** Status becomes "renewal_due" this many days before the due date. */
  noticeDays: number;
  /** After the due date a late renewal (with late fee) is still accepted for this many days; then the endorsement lapses. */
  graceDays: number;
}

export interface Edition {
  id: string;
  name: string;
  association: string;
  /** The first day applications started under this edition are judged by it (see `editionFor`). */
  effectiveFrom: IsoDate;
  levels: Readonly<Partial<Record<LevelCode, LevelRules>>>;
  /** Weekly hours that count as one full-time week; part-time work counts pro rata. */
  fullTimeHoursPerWeek: number;
  references: { minKnownMonths: number; validMonths: number; maxNotEnoughInformation: number };
  exam: { retakeWaitMonths: number };
  competencyDomains: readonly CompetencyDomain[];
  renewal: RenewalRules;
  status: StatusRules;
}
