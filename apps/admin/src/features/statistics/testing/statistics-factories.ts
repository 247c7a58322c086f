import type { StatCell } from '../stat-cell-format';
import type { Statistics } from '../statistics-tables';

/** A released number. */
export const shown = (value: number): StatCell => ({ value, suppressed: false });
/** A number withheld for privacy. */
export const hidden: StatCell = { value: null, suppressed: true };
/** A cell with nothing to count (a quarter without decisions). */
export const empty: StatCell = { value: null, suppressed: false };

/**
 * The Washtenaw chapter over two quarters of 2026 with a threshold of 11: enough IFS and IMHS
 * endorsements to show, the rest withheld, including IMHM's tracks and the total that would reveal them.
 */
export const createStatistics = (overrides: Partial<Statistics> = {}): Statistics => ({
  associationId: 'a1',
  associationName: 'MI-AIMH',
  chapterId: 'c-washtenaw',
  chapterName: 'Washtenaw',
  threshold: 11,
  asOf: '2026-05-14',
  computedAt: '2026-05-14T13:05:00.000Z',
  fromMonth: '2026-01',
  toMonth: '2026-03',
  level: null,
  activeEndorsements: [
    { level: 'IFA', track: null, count: shown(0) },
    { level: 'IFS', track: null, count: shown(24) },
    { level: 'IFRS', track: null, count: hidden },
    { level: 'IMHS', track: null, count: shown(12) },
    { level: 'IMHM', track: null, count: hidden },
    { level: 'IMHM', track: 'CLINICAL', count: hidden },
    { level: 'IMHM', track: 'POLICY', count: shown(0) },
    { level: 'IMHM', track: 'RESEARCH_FACULTY', count: shown(0) },
    { level: null, track: null, count: shown(45) },
  ],
  applicationsByStatus: {
    rows: [
      { status: 'SUBMITTED', count: shown(14) },
      { status: 'ENDORSED', count: hidden },
    ],
    total: shown(31),
  },
  monthly: [
    { month: '2026-01', submissions: shown(12), decisions: hidden },
    { month: '2026-02', submissions: shown(0), decisions: shown(0) },
    { month: '2026-03', submissions: hidden, decisions: shown(13) },
  ],
  daysToDecision: [{ quarter: '2026-Q1', median: shown(41.5), p90: shown(88) }],
  renewals: [
    {
      year: 2025,
      onTime: shown(30),
      late: shown(12),
      lapsed: hidden,
      total: shown(48),
      onTimeRate: shown(0.625),
    },
  ],
  expiringSoon: [
    { level: 'IFS', track: null, count: hidden },
    { level: null, track: null, count: shown(11) },
  ],
  hours: [{ quarter: '2026-Q1', training: shown(412.5), rsc: empty }],
  ...overrides,
});

const TYPENAMES: Record<string, string> = {
  chapterStatistics: 'ChapterStatistics',
  activeEndorsements: 'LevelStatCount',
  expiringSoon: 'LevelStatCount',
  applicationsByStatus: 'ApplicationsByStatus',
  rows: 'StatusStatCount',
  monthly: 'MonthActivity',
  daysToDecision: 'QuarterDaysToDecision',
  renewals: 'RenewalYearStats',
  hours: 'QuarterHours',
};

/**
 * The statistics as the API sends them: Apollo's cache asks every object for its `__typename`, which
 * the operation's TypeScript types leave out. Every object not named above is a `StatCell`.
 */
export const asServed = (field: string, value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((item) => asServed(field, item));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, inner]) => [key, asServed(key, inner)]);
  return { __typename: TYPENAMES[field] ?? 'StatCell', ...Object.fromEntries(entries) };
};
