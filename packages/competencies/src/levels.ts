/**
 * The five Endorsement levels, in order, with the stable codes every app stores. Display names are
 * edition data (newer editions say "Infant/Early Childhood…"); the codes never change.
 * Source: seed 002 (Virginia's edition) and domain.md "The five levels".
 */

export type LevelCode = 'IFA' | 'IFS' | 'IFRS' | 'IMHS' | 'IMHM';

/** The Mentor level's tracks (seed 002: Clinical, Policy, Research/Faculty). */
export type MentorTrack = 'CLINICAL' | 'POLICY' | 'RESEARCH_FACULTY';

/** What an application or an endorsement is for; a Mentor target always names its track. */
export type Target =
  | { level: Exclude<LevelCode, 'IMHM'>; track?: undefined }
  | { level: 'IMHM'; track: MentorTrack };

/** An endorsement someone holds (provider of RSC, reference rater, reviewer). */
export interface EndorsementHeld {
  level: LevelCode;
  /** Only meaningful for IMHM: RSC rules ask for "IMHM-Clinical". */
  track?: MentorTrack;
}

export const LEVEL_CODES: readonly LevelCode[] = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'];
export const MENTOR_TRACKS: readonly MentorTrack[] = ['CLINICAL', 'POLICY', 'RESEARCH_FACULTY'];

/** Every level and track an applicant can aim at, lowest first: the order of the career ladder. */
export const TARGETS: readonly Target[] = [
  { level: 'IFA' },
  { level: 'IFS' },
  { level: 'IFRS' },
  { level: 'IMHS' },
  { level: 'IMHM', track: 'CLINICAL' },
  { level: 'IMHM', track: 'POLICY' },
  { level: 'IMHM', track: 'RESEARCH_FACULTY' },
];

export interface LevelInfo {
  code: LevelCode;
  /** The older numbered name (I–IV); IFRS was created in 2022 and never had a number. */
  numbered?: string;
  description: string;
  audience: string;
}

export const LEVELS: Readonly<Record<LevelCode, LevelInfo>> = {
  IFA: {
    code: 'IFA',
    numbered: 'Level I',
    description:
      'Any academic degree or 2 years of paid work experience in the infant and early childhood field.',
    audience:
      'Child-care staff, home visitors, paraprofessionals and parent aides who work with infants, toddlers and families.',
  },
  IFS: {
    code: 'IFS',
    numbered: 'Level II',
    description:
      'Professional work experience providing prevention and/or early intervention services that promote infant mental health.',
    audience: 'Home visitors, early interventionists, nurses, educators and family support professionals.',
  },
  IFRS: {
    code: 'IFRS',
    description:
      'Prevention and/or early intervention professionals who also provide reflective supervision/consultation.',
    audience: 'Supervisors and consultants in prevention and early intervention programs.',
  },
  IMHS: {
    code: 'IMHS',
    numbered: 'Level III',
    description:
      'Post-graduate, supervised work providing culturally sensitive, relationship-focused infant mental health services.',
    audience:
      'Infant mental health clinicians, therapists and social workers working with infants and parents together.',
  },
  IMHM: {
    code: 'IMHM',
    numbered: 'Level IV',
    description:
      'Leaders in infant mental health practice (Clinical), policy (Policy) or teaching and research (Research/Faculty).',
    audience:
      'IMH supervisors, trainers, consultants, program and policy leaders, university faculty and researchers.',
  },
};

export const TRACK_NAMES: Readonly<Record<MentorTrack, string>> = {
  CLINICAL: 'Clinical',
  POLICY: 'Policy',
  RESEARCH_FACULTY: 'Research/Faculty',
};

/** Position on the ladder, for "endorsed at IFS or above"; all Mentor tracks rank the same. */
export function levelRank(level: LevelCode): number {
  return RANK[level];
}

const RANK: Readonly<Record<LevelCode, number>> = { IFA: 0, IFS: 1, IFRS: 2, IMHS: 3, IMHM: 4 };

/** A stable string key for a target: "IFS", "IMHM-CLINICAL". */
export function targetKey(target: Target): string {
  return target.track ? `${target.level}-${target.track}` : target.level;
}

/**
 * The targets someone holding `held` can move up to: every level above the highest held, and for a
 * Mentor the tracks not yet held (domain.md "Upgrading"; a Mentor adds a track rather than a level).
 */
export function upgradeTargets(held: readonly Target[]): Target[] {
  if (held.length === 0) return [...TARGETS];
  const top = Math.max(...held.map((t) => RANK[t.level]));
  const heldKeys = new Set(held.map(targetKey));
  return TARGETS.filter(
    (t) => !heldKeys.has(targetKey(t)) && (RANK[t.level] > top || (t.level === 'IMHM' && top === RANK.IMHM)),
  );
}
