import type { ApplicationStatus } from '../../gql/graphql';
import { QUEUE_STATUSES } from './status-words';

export const LEVELS = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'] as const;
export const TRACKS = ['CLINICAL', 'POLICY', 'RESEARCH_FACULTY'] as const;
export const SORT_FIELDS = ['WAITING', 'SUBMITTED_AT', 'LEVEL', 'APPLICANT_NAME'] as const;
type Level = (typeof LEVELS)[number];
type Track = (typeof TRACKS)[number];
type SortField = (typeof SORT_FIELDS)[number];
type Direction = 'ASC' | 'DESC';

/** What the queue shows, as the page's URL carries it (so a view can be bookmarked and shared). */
export interface QueueView {
  status: ApplicationStatus | null;
  level: Level | null;
  track: Track | null;
  chapterId: string | null;
  submittedFrom: string | null;
  submittedTo: string | null;
  waitingMoreThanDays: number | null;
  /** The reviewer's User id as the API returns it (a global id). */
  reviewerId: string | null;
  orderBy: SortField;
  direction: Direction;
}

// The API's own default order: longest waiting first.
const DEFAULT_ORDER = { orderBy: 'WAITING', direction: 'DESC' } as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
const isoDay = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const nonEmpty = (value: string | null) => (value?.trim() ? value.trim() : null);
const days = (value: string | null) => {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
};

/**
 * Reads the view from the URL. The names are the CSV export's (`statuses`, `level`, … `orderBy`,
 * `direction`), so the export link is the same query string; anything malformed is ignored.
 */
export const readQueueView = (params: URLSearchParams): QueueView => {
  const orderBy = oneOf(SORT_FIELDS, params.get('orderBy'));
  const level = oneOf(LEVELS, params.get('level'));
  return {
    status: oneOf(QUEUE_STATUSES, params.get('statuses')),
    level,
    // A track narrows only the Mentor level.
    track: level === 'IMHM' ? oneOf(TRACKS, params.get('track')) : null,
    chapterId: nonEmpty(params.get('chapterId')),
    submittedFrom: isoDay(params.get('submittedFrom')),
    submittedTo: isoDay(params.get('submittedTo')),
    waitingMoreThanDays: days(params.get('waitingMoreThanDays')),
    reviewerId: nonEmpty(params.get('reviewerId')),
    orderBy: orderBy ?? DEFAULT_ORDER.orderBy,
    direction: orderBy ? (oneOf(['ASC', 'DESC'], params.get('direction')) ?? 'ASC') : DEFAULT_ORDER.direction,
  };
};

/** The view as URL parameters, leaving out what is unset and the default order. */
export const writeQueueView = (view: QueueView): URLSearchParams => {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | null) => {
    if (value !== null && value !== '') params.set(name, String(value));
  };
  set('statuses', view.status);
  set('level', view.level);
  set('track', view.level === 'IMHM' ? view.track : null);
  set('chapterId', view.chapterId);
  set('submittedFrom', view.submittedFrom);
  set('submittedTo', view.submittedTo);
  set('waitingMoreThanDays', view.waitingMoreThanDays);
  set('reviewerId', view.reviewerId);
  if (view.orderBy !== DEFAULT_ORDER.orderBy || view.direction !== DEFAULT_ORDER.direction) {
    set('orderBy', view.orderBy);
    set('direction', view.direction);
  }
  return params;
};

/** The GraphQL `ApplicationQueueFilter`; `withStatus: false` for the per-status counts. */
export const toQueueFilter = (view: QueueView, { withStatus = true } = {}) => ({
  statuses: withStatus && view.status ? [view.status] : null,
  level: view.level,
  track: view.track,
  chapterId: view.chapterId,
  submittedFrom: view.submittedFrom,
  submittedTo: view.submittedTo,
  waitingMoreThanDays: view.waitingMoreThanDays,
  reviewerId: view.reviewerId,
});

export const QUEUE_CSV_PATH = '/api/exports/queue.csv';

/** The CSV of exactly what the table shows, in the same order. */
export const queueCsvUrl = (view: QueueView): string => {
  const query = writeQueueView(view).toString();
  return query ? `${QUEUE_CSV_PATH}?${query}` : QUEUE_CSV_PATH;
};

/** "Level" options: each level, and the Mentor level by track. Values are `LEVEL` or `IMHM:TRACK`. */
export const LEVEL_OPTIONS = [
  { value: '', label: 'All levels' },
  { value: 'IFA', label: 'IFA' },
  { value: 'IFS', label: 'IFS' },
  { value: 'IFRS', label: 'IFRS' },
  { value: 'IMHS', label: 'IMHS' },
  { value: 'IMHM', label: 'IMHM (any track)' },
  { value: 'IMHM:CLINICAL', label: 'IMHM Clinical' },
  { value: 'IMHM:POLICY', label: 'IMHM Policy' },
  { value: 'IMHM:RESEARCH_FACULTY', label: 'IMHM Research/Faculty' },
];

export const levelOptionValue = (view: QueueView) =>
  view.level ? [view.level, view.track].filter(Boolean).join(':') : '';

export const withLevelOption = (view: QueueView, value: string): QueueView => {
  const [level, track] = value.split(':');
  return {
    ...view,
    level: oneOf(LEVELS, level ?? null),
    track: level === 'IMHM' ? oneOf(TRACKS, track ?? null) : null,
  };
};

export const SORT_OPTIONS = [
  { value: 'WAITING:DESC', label: 'Waiting (longest first)' },
  { value: 'SUBMITTED_AT:DESC', label: 'Submitted (newest first)' },
  { value: 'SUBMITTED_AT:ASC', label: 'Submitted (oldest first)' },
  { value: 'LEVEL:ASC', label: 'Level' },
  { value: 'APPLICANT_NAME:ASC', label: 'Name (A–Z)' },
];

export const sortOptionValue = (view: QueueView) => `${view.orderBy}:${view.direction}`;

export const withSortOption = (view: QueueView, value: string): QueueView => {
  const [field, direction] = value.split(':');
  return {
    ...view,
    orderBy: oneOf(SORT_FIELDS, field ?? null) ?? DEFAULT_ORDER.orderBy,
    direction: oneOf(['ASC', 'DESC'], direction ?? null) ?? 'ASC',
  };
};
