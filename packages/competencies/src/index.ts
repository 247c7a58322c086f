/**
 * @imh/competencies: the Infant Mental Health Endorsement® rules, written once, versioned as
 * editions, pure and deterministic (time is always passed in).
 */
export { addMonths, type DayNumber, fromDay, type IsoDate, isIsoDate, spansMonths, toDay } from './dates';
export type {
  Competency,
  CompetencyDomain,
  Edition,
  LevelRules,
  RenewalRequirementId,
  RenewalRsc,
  RenewalRules,
  StatusRules,
} from './editions/edition';
export {
  CURRENT_2024,
  competencyDomainsFor,
  DEFAULT_EDITION,
  DEFAULT_SCHEDULE,
  EDITIONS,
  type EditionScheduleEntry,
  editionFor,
  getEdition,
  levelName,
  levelRules,
  REQUIREMENT_ORDER,
  requirementsFor,
  requiresExam,
  VAIMH_2010,
} from './editions/index';
export { type EvaluateOptions, evaluate } from './evaluate/evaluate';
export {
  type EndorsementHeld,
  LEVEL_CODES,
  LEVELS,
  type LevelCode,
  type LevelInfo,
  levelRank,
  MENTOR_TRACKS,
  type MentorTrack,
  TARGETS,
  type Target,
  TRACK_NAMES,
  targetKey,
  upgradeTargets,
} from './levels';
export {
  type AgreementDocument,
  type AgreementEntry,
  DEGREE_ORDER,
  type DegreeLevel,
  type EducationEntry,
  type ExamEntry,
  type LeadershipEntry,
  type LeadershipScope,
  type MembershipEntry,
  type Portfolio,
  type RaterRole,
  type ReferenceEntry,
  type RscEntry,
  type RscProvider,
  type TrainingEntry,
  type TrainingTopic,
  type WorkEntry,
  type WorkKind,
} from './portfolio';
export {
  evaluateRenewalYear,
  type HeldEndorsement,
  type RenewalResult,
  renewalDueDay,
  renewalRscRule,
} from './renewal';
export type { ProviderRule, RaterSlot, RequirementId, RequirementSpec, WorkFilter } from './requirements';
export type {
  EvaluationResult,
  Progress,
  ProgressUnit,
  RequirementResult,
  RequirementStatus,
} from './result';
export { type SatisfiedLevels, satisfiedLevels } from './satisfied-levels';
export {
  type ActorRole,
  APPLICATION_STATES,
  type ApplicationState,
  assertTransition,
  canTransition,
  checkTransition,
  FINAL_STATES,
  nextStates,
  TRANSITIONS,
  type Transition,
  type TransitionCheck,
  type TransitionContext,
  TransitionError,
  type TransitionErrorCode,
} from './state-machine';
export {
  type EndorsementHistory,
  type EndorsementStatus,
  endorsementStatus,
  type RenewalStanding,
  renewalStanding,
} from './status';
export { type DomainCoverage, type TrainingCoverage, trainingCoverage } from './training-coverage';
export { type PortfolioIssue, validatePortfolio } from './validate';
