/**
 * The portfolio: everything an applicant documents, in the shape the rules read. The API maps its
 * database rows to this shape; the rules never see anything else. Dates are ISO (YYYY-MM-DD).
 */
import type { IsoDate } from './dates';
import type { EndorsementHeld } from './levels';

/** Highest degree of an education entry. POST_GRADUATE is any degree beyond a Master's (doctorate, post-master's specialist). */
export type DegreeLevel = 'NONE' | 'ASSOCIATE' | 'BACHELOR' | 'MASTER' | 'POST_GRADUATE';

export const DEGREE_ORDER: readonly DegreeLevel[] = [
  'NONE',
  'ASSOCIATE',
  'BACHELOR',
  'MASTER',
  'POST_GRADUATE',
];

export interface EducationEntry {
  id: string;
  degree: DegreeLevel;
  field?: string;
  institution?: string;
  /** Absent while the degree is in progress; a degree counts from the day after this date. */
  completedOn?: IsoDate;
}

/**
 * What the work was, as the level descriptions name it (seed 002, domain.md). One entry has one kind;
 * a person who both delivers services and supervises lists two entries for the two roles.
 */
export type WorkKind =
  /** Other work with infants, toddlers and families (child care, parent aide…): counts for IFA. */
  | 'INFANT_FAMILY_FIELD'
  | 'PREVENTION_EARLY_INTERVENTION'
  /** Relationship-focused IMH services with infant/toddler and parent together (home visiting, parent-infant psychotherapy). */
  | 'IMH_SERVICES'
  /** Providing reflective supervision/consultation to others. */
  | 'PROVIDING_RSC'
  /** IMH supervisor, trainer or consultant (Mentor-Clinical). */
  | 'PRACTICE_LEADER'
  /** Leader in policy and/or program administration in the infant/family field (Mentor-Policy). */
  | 'POLICY_LEADER'
  /** University-level teaching and/or published research in the field (Mentor-Research/Faculty). */
  | 'TEACHING_RESEARCH'
  | 'OTHER';

export interface WorkEntry {
  id: string;
  role: string;
  employer?: string;
  kind: WorkKind;
  paid: boolean;
  /** Supervised by a program supervisor (IMHS asks for supervised work). */
  supervised: boolean;
  startDate: IsoDate;
  /** Inclusive; absent while the job continues (counted up to the evaluation date). */
  endDate?: IsoDate;
  hoursPerWeek: number;
  servesInfantsAndFamilies: boolean;
  /** Families with infants/toddlers (birth to 36 months) served in this role. */
  familiesServed?: number;
}

/** Leadership activities (committees, boards, conference planning…) outside the job itself. */
export type LeadershipScope = 'LOCAL' | 'REGIONAL' | 'STATE' | 'NATIONAL';

export interface LeadershipEntry {
  id: string;
  description: string;
  scope: LeadershipScope;
  startDate: IsoDate;
  endDate?: IsoDate;
}

/** Required parts of the training minimums (CT-AIMH 2024: hours on providing RSC, on diversity, equity and inclusion). */
export type TrainingTopic = 'PROVIDING_RSC' | 'DEI';

export interface TrainingEntry {
  id: string;
  title: string;
  /** The day the training was completed. */
  date: IsoDate;
  hours: number;
  /** Competency domain ids the training covers (see `competencyDomainsFor`). */
  domains: readonly string[];
  topics: readonly TrainingTopic[];
}

export interface RscProvider {
  name?: string;
  /** The provider's endorsement when the RSC was received; null when not endorsed. */
  endorsement: EndorsementHeld | null;
  degree?: DegreeLevel;
}

/** Reflective supervision/consultation received over a period (usually logged month by month). */
export interface RscEntry {
  id: string;
  startDate: IsoDate;
  endDate: IsoDate;
  hours: number;
  format: 'INDIVIDUAL' | 'GROUP';
  provider: RscProvider;
  /** Colleagues meeting without an identified provider (MassAIMH: never counts for an application). */
  peer: boolean;
  /** The RSC was about the reflective supervision the applicant provides to others. */
  aboutApplicantsOwnRsc: boolean;
}

export type RaterRole =
  | 'CURRENT_SUPERVISOR'
  | 'TEACHER_TRAINER_CONSULTANT'
  | 'RSC_PROVIDER'
  | 'OTHER_SUPERVISOR'
  | 'COLLEAGUE'
  | 'SUPERVISEE'
  | 'OTHER';

export interface ReferenceEntry {
  id: string;
  raterName?: string;
  raterRole: RaterRole;
  raterEndorsement: EndorsementHeld | null;
  knownSince: IsoDate;
  /** Absent while the rater has not returned the form. */
  receivedOn?: IsoDate;
  /** "Not enough information" answers on the form (6 or more makes it invalid). */
  notEnoughInformationCount?: number;
}

export type AgreementDocument = 'CODE_OF_ETHICS' | 'ENDORSEMENT_AGREEMENT';

export interface AgreementEntry {
  document: AgreementDocument;
  version: string;
  signedOn: IsoDate;
}

export interface MembershipEntry {
  association?: string;
  startDate: IsoDate;
  /** Inclusive last day paid for. */
  endDate: IsoDate;
}

export interface ExamEntry {
  result: 'PASSED' | 'FAILED';
  takenOn: IsoDate;
}

export interface Portfolio {
  education: readonly EducationEntry[];
  work: readonly WorkEntry[];
  leadership: readonly LeadershipEntry[];
  trainings: readonly TrainingEntry[];
  rsc: readonly RscEntry[];
  references: readonly ReferenceEntry[];
  agreements: readonly AgreementEntry[];
  memberships: readonly MembershipEntry[];
  exams: readonly ExamEntry[];
}
