import type { LevelCode, MentorTrack, StatisticsPage_StatisticsQuery } from '../../gql/graphql';
import { statusWords } from '../queue/status-words';
import { trackName } from '../reviewers/qualifications';
import type { CellFormat, StatCell } from './stat-cell-format';

export type Statistics = StatisticsPage_StatisticsQuery['chapterStatistics'];

export type SectionId = 'active' | 'applications' | 'monthly' | 'days' | 'renewals' | 'expiring' | 'hours';

export interface StatRow {
  /** The row header: a level, a status, a month, a quarter or a year. */
  label: string;
  /** A Mentor track under its level. */
  indent: boolean;
  /** The sum of the rows above it. */
  total: boolean;
  cells: { cell: StatCell; format: CellFormat }[];
}

/** One section's numbers as the page's table and the CSV both show them. */
export interface StatTable {
  id: SectionId;
  title: string;
  caption: string;
  /** The row header's column first, then one per cell. */
  columns: string[];
  rows: StatRow[];
}

const row = (label: string, cells: StatRow['cells'], extra: Partial<StatRow> = {}): StatRow => ({
  label,
  indent: false,
  total: false,
  cells,
  ...extra,
});

type LevelCount = { level?: LevelCode | null; track?: MentorTrack | null; count: StatCell };

/** A level row, a Mentor track under IMHM, or the total over every level (level null). */
const levelRow = ({ level, track, count }: LevelCount): StatRow => {
  const cells = [{ cell: count, format: 'count' as const }];
  if (!level) return row('Total', cells, { total: true });
  if (track) return row(`${level} ${trackName(track)}`, cells, { indent: true });
  return row(level, cells);
};

const counts = (...cells: StatCell[]) => cells.map((cell) => ({ cell, format: 'count' as const }));

/** Every table of the page, in the order the page shows them. */
export const statisticsTables = (stats: Statistics): StatTable[] => [
  {
    id: 'active',
    title: 'Active endorsements',
    caption: `Active endorsements on ${stats.asOf}, by level; Mentor tracks under IMHM`,
    columns: ['Level', 'Active endorsements'],
    rows: stats.activeEndorsements.map(levelRow),
  },
  {
    id: 'applications',
    title: 'Applications by status',
    caption: `Applications by their status on ${stats.asOf}`,
    columns: ['Status', 'Applications'],
    rows: [
      ...stats.applicationsByStatus.rows.map((r) => row(statusWords[r.status], counts(r.count))),
      row('Total', counts(stats.applicationsByStatus.total), { total: true }),
    ],
  },
  {
    id: 'monthly',
    title: 'Submissions and decisions per month',
    caption: 'First submissions, and decisions to endorse or not, per month',
    columns: ['Month', 'Submissions', 'Decisions'],
    rows: stats.monthly.map((m) => row(m.month, counts(m.submissions, m.decisions))),
  },
  {
    id: 'days',
    title: 'Days from submission to decision',
    caption: 'Days from first submission to the final decision, for the decisions of each quarter',
    columns: ['Quarter', 'Median', '90th percentile'],
    rows: stats.daysToDecision.map((d) =>
      row(d.quarter, [
        { cell: d.median, format: 'days' },
        { cell: d.p90, format: 'days' },
      ]),
    ),
  },
  {
    id: 'renewals',
    title: 'Renewals per year',
    caption: 'Renewals of each renewal year: on time, late (in grace or by extension) and lapsed',
    columns: ['Year', 'On time', 'Late', 'Lapsed', 'Total', 'On-time rate'],
    rows: stats.renewals.map((r) =>
      row(String(r.year), [
        ...counts(r.onTime, r.late, r.lapsed, r.total),
        { cell: r.onTimeRate, format: 'rate' },
      ]),
    ),
  },
  {
    id: 'expiring',
    title: 'Expiring in the next 90 days',
    caption: `Active endorsements due for renewal within 90 days of ${stats.asOf}, by level`,
    columns: ['Level', 'Endorsements due'],
    rows: stats.expiringSoon.map(levelRow),
  },
  {
    id: 'hours',
    title: 'Training and RSC hours per quarter',
    caption: 'Hours of training (by its date) and of RSC (by its start) logged by members, per quarter',
    columns: ['Quarter', 'Training hours', 'RSC hours'],
    rows: stats.hours.map((h) =>
      row(h.quarter, [
        { cell: h.training, format: 'hours' },
        { cell: h.rsc, format: 'hours' },
      ]),
    ),
  },
];

/** Whose statistics these are, as the subheading names them. */
export const scopeLabel = (stats: Pick<Statistics, 'chapterName' | 'associationName'>): string =>
  stats.chapterName ? `${stats.chapterName} chapter` : `${stats.associationName}, all chapters`;
