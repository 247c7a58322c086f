import {
  type ApplicationState,
  type Edition,
  FINAL_STATES,
  LEVEL_CODES,
  type LevelCode,
  levelName,
  MENTOR_TRACKS,
  type MentorTrack,
  type Portfolio,
  satisfiedLevels,
  TARGETS,
  type Target,
  TRACK_NAMES,
} from '@imh/competencies';
import type { ApplicationStatus } from '../../../gql/graphql';
import { toTarget } from '../live-evaluation';

/** An application as the progress views need it (`myApplications`). */
export interface ApplicationSummary {
  id: string;
  level: LevelCode;
  track: MentorTrack | null;
  status: ApplicationStatus;
  editionId: string;
  rulesPortfolio: unknown;
}

/** While an application is with the coordinator or the reviewers, the API refuses portfolio edits. */
export const LOCKING_STATUSES: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'RESUBMITTED',
  'IN_REVIEW',
  'EXAM_PENDING',
];

export const isPortfolioLocked = (applications: readonly ApplicationSummary[]): boolean =>
  applications.some((a) => LOCKING_STATUSES.includes(a.status));

/** The application still going somewhere (newest first, as the API lists them), if any. */
export const openApplication = <A extends ApplicationSummary>(applications: readonly A[]): A | null =>
  applications.find((a) => !FINAL_STATES.includes(a.status.toLowerCase() as ApplicationState)) ?? null;

const EMPTY: Portfolio = {
  education: [],
  work: [],
  leadership: [],
  trainings: [],
  rsc: [],
  references: [],
  agreements: [],
  memberships: [],
  exams: [],
};

/** The API's JSON in the rules' Portfolio shape; a list the API left out counts as empty. */
export const asPortfolio = (json: unknown): Portfolio => ({
  ...EMPTY,
  ...(typeof json === 'object' && json !== null ? (json as Partial<Portfolio>) : {}),
});

/**
 * References, signed agreements and exams belong to an application, not to the portfolio: with an open
 * application they count toward its level, exactly as the API judges it.
 */
export const withApplicationEvidence = (
  portfolio: Portfolio,
  application: ApplicationSummary | null,
): Portfolio => {
  if (!application) return portfolio;
  const evidence = asPortfolio(application.rulesPortfolio);
  return {
    ...portfolio,
    references: evidence.references,
    agreements: evidence.agreements,
    exams: evidence.exams,
  };
};

/**
 * What to show first: the open application's target; otherwise the nearest level not yet met (the
 * rules' own pick); once every level is met, the highest.
 */
export function defaultTarget(
  portfolio: Portfolio,
  edition: Edition,
  asOf: string,
  application: Pick<ApplicationSummary, 'level' | 'track'> | null,
): Target {
  if (application) return toTarget(application.level, application.track);
  const levels = satisfiedLevels(portfolio, { asOf, edition });
  return levels.nearest?.target ?? levels.satisfied.at(-1) ?? (TARGETS[0] as Target);
}

/** "Infant Family Specialist", "Infant Mental Health Mentor (Clinical)": as the API's targetName. */
export const targetName = (edition: Edition, target: Target): string => {
  const name = levelName(edition, target.level) ?? target.level;
  return target.track ? `${name} (${TRACK_NAMES[target.track]})` : name;
};

export const levelOptions = (edition: Edition) =>
  LEVEL_CODES.map((code) => ({ value: code, label: levelName(edition, code) ?? code }));

export const trackOptions = MENTOR_TRACKS.map((track) => ({ value: track, label: TRACK_NAMES[track] }));
