import { getEdition } from '@imh/competencies';
import type { ApplicationTargetInput, LevelCode, MentorTrack } from '../../gql/graphql';

const LEVEL_CODES: readonly LevelCode[] = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'];

// The names the levels are best known by; an edition the portal does not know falls back to them.
const KNOWN_NAMES: Readonly<Record<LevelCode, string>> = {
  IFA: 'Infant Family Associate',
  IFS: 'Infant Family Specialist',
  IFRS: 'Infant Family Reflective Supervisor',
  IMHS: 'Infant Mental Health Specialist',
  IMHM: 'Infant Mental Health Mentor',
};

export const TRACK_OPTIONS: readonly { value: MentorTrack; label: string }[] = [
  { value: 'CLINICAL', label: 'Clinical' },
  { value: 'POLICY', label: 'Policy' },
  { value: 'RESEARCH_FACULTY', label: 'Research/Faculty' },
];

/**
 * "Infant Family Associate (IFA)": the level's name in the applicant's rules edition (newer editions
 * say "Infant/Early Childhood…"), so the choice reads like the application's title; the code stays.
 */
export const levelLabel = (level: LevelCode, editionId?: string | null): string => {
  const name = (editionId ? getEdition(editionId)?.levels[level]?.name : undefined) ?? KNOWN_NAMES[level];
  return `${name} (${level})`;
};

export const levelOptions = (editionId?: string | null): { value: LevelCode; label: string }[] =>
  LEVEL_CODES.map((value) => ({ value, label: levelLabel(value, editionId) }));

/** "Infant Mental Health Mentor (IMHM), Policy track" */
export const describeTarget = (level: LevelCode, track?: MentorTrack | null, editionId?: string | null) => {
  const trackName = track ? TRACK_OPTIONS.find((o) => o.value === track)?.label : null;
  const name = levelLabel(level, editionId);
  return trackName ? `${name}, ${trackName} track` : name;
};

/** Only the Mentor level has tracks; the API refuses a track anywhere else. */
export const toTargetInput = (level: LevelCode, track: MentorTrack): ApplicationTargetInput =>
  level === 'IMHM' ? { level, track } : { level, track: null };

export const sameTarget = (
  a: { level: LevelCode; track?: MentorTrack | null },
  b: { level: LevelCode; track?: MentorTrack | null },
): boolean => a.level === b.level && (a.level !== 'IMHM' || a.track === b.track);
