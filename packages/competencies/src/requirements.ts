/**
 * Requirements as data. An edition lists, per level and track, a sequence of these specs; one
 * evaluator per `kind` reads them. Adding a rule to an edition means adding data, not an `if`.
 */
import type { EndorsementHeld, LevelCode, MentorTrack } from './levels';
import type {
  AgreementDocument,
  DegreeLevel,
  LeadershipScope,
  RaterRole,
  TrainingTopic,
  WorkKind,
} from './portfolio';

/** Stable ids the API stores and the apps switch on. */
export type RequirementId =
  | 'education'
  | 'degree_or_work'
  | 'work_experience'
  | 'families_served'
  | 'rsc_provision_experience'
  | 'leadership'
  | 'training_hours'
  | 'training_rsc'
  | 'training_dei'
  | 'rsc_received'
  | 'references'
  | 'exam'
  | 'code_of_ethics'
  | 'endorsement_agreement'
  | 'membership';

/** Which work entries a work rule counts. */
export interface WorkFilter {
  /** 'ANY' accepts every kind (still subject to `mustServeInfantsAndFamilies`). */
  kinds: readonly WorkKind[] | 'ANY';
  paidOnly: boolean;
  supervisedOnly: boolean;
  mustServeInfantsAndFamilies: boolean;
  /**
   * Count calendar time, not full-time equivalents: for providing RSC, which is a few hours a week
   * within a role, "1 year providing RSC" means a year during which the applicant provided it.
   */
  calendarTime?: boolean;
  /** Count only work after the completion of the first degree at this level or higher ("post-Bachelor's", "post-graduate"). */
  afterDegree?: DegreeLevel;
}

interface SpecBase {
  id: RequirementId;
  label: string;
}

export interface EducationSpec extends SpecBase {
  kind: 'education';
  minDegree: DegreeLevel;
}

export interface WorkSpec extends SpecBase {
  kind: 'work';
  /** Full-time-equivalent years; 0 means "some qualifying work, however short". */
  years: number;
  filter: WorkFilter;
}

/** IFA: a degree, or else this much work (seed 002: "Any academic degree or 2 years paid work experience"). */
export interface DegreeOrWorkSpec extends SpecBase {
  kind: 'degree_or_work';
  minDegree: DegreeLevel;
  years: number;
  filter: WorkFilter;
}

export interface FamiliesServedSpec extends SpecBase {
  kind: 'families_served';
  minFamilies: number;
  filter: WorkFilter;
}

export interface LeadershipSpec extends SpecBase {
  kind: 'leadership';
  /** Calendar years of activity (overlaps merged); 0 means at least one activity. */
  years: number;
  minScope: LeadershipScope;
}

export interface TrainingSpec extends SpecBase {
  kind: 'training';
  minHours: number;
  /** Absent: all specialized in-service training counts. */
  topic?: TrainingTopic;
}

/** Who may provide qualifying RSC. */
export interface ProviderRule {
  level: LevelCode;
  /** For IMHM: the track the provider must hold (RSC providers are IMHM-Clinical). */
  track?: MentorTrack;
  /** The provider must hold at least this degree (older rule: a Master's-prepared IFS). */
  providerMinDegree?: DegreeLevel;
  /** The rule applies only to applicants whose highest degree is at most this (older rule: Bachelor's-prepared applicants). */
  applicantMaxDegree?: DegreeLevel;
}

export interface RscSpec extends SpecBase {
  kind: 'rsc';
  minHours: number;
  /** The hours must fall within `maxMonths` and be spread over at least `minMonths` ("within a 1–2 year period"). */
  window: { minMonths: number; maxMonths: number };
  providers: readonly ProviderRule[];
  /** Of the hours in the same window, at least this many about the RSC the applicant provides (IMHM-Clinical: 25). */
  minHoursAboutOwnRsc?: number;
}

/** One reference slot: any of these roles fills it; 'ANY' accepts every role. */
export type RaterSlot = readonly RaterRole[] | 'ANY';

export interface ReferencesSpec extends SpecBase {
  kind: 'references';
  slots: readonly RaterSlot[];
  /** At least `count` valid forms from raters endorsed at `minLevel` or above (OK-AIMH: one rater at IFS or above). */
  endorsedRaters?: { count: number; minLevel: LevelCode };
}

export interface ExamSpec extends SpecBase {
  kind: 'exam';
}

export interface AgreementSpec extends SpecBase {
  kind: 'agreement';
  document: AgreementDocument;
  /** A signature older than this no longer counts; absent: any date up to the evaluation date. */
  maxAgeMonths?: number;
  /** Versions the association accepts; absent: any version. */
  acceptedVersions?: readonly string[];
}

export interface MembershipSpec extends SpecBase {
  kind: 'membership';
}

export type RequirementSpec =
  | EducationSpec
  | WorkSpec
  | DegreeOrWorkSpec
  | FamiliesServedSpec
  | LeadershipSpec
  | TrainingSpec
  | RscSpec
  | ReferencesSpec
  | ExamSpec
  | AgreementSpec
  | MembershipSpec;

/** Re-exported for provider/rater checks. */
export type { EndorsementHeld };
