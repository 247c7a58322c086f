import { statusWords } from '../queue/status-words';
import { chartValue, type StatCell } from './stat-cell-format';
import type { SectionId, Statistics } from './statistics-tables';

export interface ChartSeries {
  label: string;
  /** One per label; null is not drawn (suppressed, or no data). */
  data: (number | null)[];
  color: string;
}

/** A section's chart, from the same numbers as its table. */
export interface ChartSpec {
  kind: 'bar' | 'line';
  /** Bars of a label on top of each other (renewal outcomes add up to the year's total). */
  stacked: boolean;
  labels: string[];
  series: ChartSeries[];
  /** What the chart shows, for people who cannot see it (the table below has the numbers). */
  description: string;
  /** Some of its numbers are withheld, so bars or points are missing on purpose. */
  hasSuppressed: boolean;
}

// Mantine's default palette (6th shades): distinct for the common kinds of colour blindness in pairs.
const COLORS = { blue: '#228be6', orange: '#fd7e14', teal: '#12b886', red: '#fa5252', grape: '#be4bdb' };

const series = (label: string, cells: StatCell[], color: string) => ({
  series: { label, data: cells.map(chartValue), color },
  suppressed: cells.some((cell) => cell.suppressed),
});

const chart = (
  kind: ChartSpec['kind'],
  labels: string[],
  parts: ReturnType<typeof series>[],
  description: string,
  stacked = false,
): ChartSpec => ({
  kind,
  stacked,
  labels,
  series: parts.map((p) => p.series),
  description,
  hasSuppressed: parts.some((p) => p.suppressed),
});

/** The chart of each section that has one ("Expiring in the next 90 days" is a table only). */
export const statisticsCharts = (stats: Statistics): Partial<Record<SectionId, ChartSpec>> => {
  // The chart compares levels; tracks and the total would double-count them.
  const levels = stats.activeEndorsements.filter((r) => r.level && !r.track);
  const quarters = stats.daysToDecision.map((d) => d.quarter);
  return {
    active: chart(
      'bar',
      levels.map((r) => r.level ?? ''),
      [
        series(
          'Active endorsements',
          levels.map((r) => r.count),
          COLORS.teal,
        ),
      ],
      'Bar chart of active endorsements by level.',
    ),
    applications: chart(
      'bar',
      stats.applicationsByStatus.rows.map((r) => statusWords[r.status]),
      [
        series(
          'Applications',
          stats.applicationsByStatus.rows.map((r) => r.count),
          COLORS.blue,
        ),
      ],
      'Bar chart of applications by status.',
    ),
    monthly: chart(
      'bar',
      stats.monthly.map((m) => m.month),
      [
        series(
          'Submissions',
          stats.monthly.map((m) => m.submissions),
          COLORS.blue,
        ),
        series(
          'Decisions',
          stats.monthly.map((m) => m.decisions),
          COLORS.orange,
        ),
      ],
      'Bar chart of submissions and decisions per month, side by side.',
    ),
    days: chart(
      'line',
      quarters,
      [
        series(
          'Median',
          stats.daysToDecision.map((d) => d.median),
          COLORS.blue,
        ),
        series(
          '90th percentile',
          stats.daysToDecision.map((d) => d.p90),
          COLORS.orange,
        ),
      ],
      'Line chart of the median and 90th percentile of days from submission to decision, per quarter.',
    ),
    renewals: chart(
      'bar',
      stats.renewals.map((r) => String(r.year)),
      [
        series(
          'On time',
          stats.renewals.map((r) => r.onTime),
          COLORS.teal,
        ),
        series(
          'Late',
          stats.renewals.map((r) => r.late),
          COLORS.orange,
        ),
        series(
          'Lapsed',
          stats.renewals.map((r) => r.lapsed),
          COLORS.red,
        ),
      ],
      'Stacked bar chart of renewals per year: on time, late and lapsed.',
      true,
    ),
    hours: chart(
      'bar',
      stats.hours.map((h) => h.quarter),
      [
        series(
          'Training hours',
          stats.hours.map((h) => h.training),
          COLORS.blue,
        ),
        series(
          'RSC hours',
          stats.hours.map((h) => h.rsc),
          COLORS.grape,
        ),
      ],
      'Bar chart of training and RSC hours per quarter.',
    ),
  };
};
