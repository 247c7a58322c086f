import { describe, expect, it } from 'vitest';
import { statisticsCharts } from './statistics-charts';
import { createStatistics, shown } from './testing/statistics-factories';

describe('statisticsCharts', () => {
  const charts = statisticsCharts(createStatistics());

  it('draws one bar per level, without the tracks or the total, and leaves suppressed bars out', () => {
    expect(charts.active?.labels).toEqual(['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM']);
    expect(charts.active?.series.map((s) => s.data)).toEqual([[0, 24, null, 12, null]]);
    expect(charts.active?.hasSuppressed).toBe(true);
  });

  it('stacks the renewal outcomes of a year', () => {
    expect(charts.renewals?.stacked).toBe(true);
    expect(charts.renewals?.series.map((s) => [s.label, s.data])).toEqual([
      ['On time', [30]],
      ['Late', [12]],
      ['Lapsed', [null]],
    ]);
  });

  it('says nothing is missing when every number is released', () => {
    expect(charts.days?.hasSuppressed).toBe(false);
    expect(charts.days?.kind).toBe('line');
    // An hour total with no data is not drawn, but is not withheld either.
    expect(charts.hours?.series.map((s) => s.data)).toEqual([[412.5], [null]]);
    expect(charts.hours?.hasSuppressed).toBe(false);
  });

  it('labels applications by status in staff words', () => {
    const stats = createStatistics({
      applicationsByStatus: { rows: [{ status: 'DENIED', count: shown(12) }], total: shown(12) },
    });
    expect(statisticsCharts(stats).applications?.labels).toEqual(['Not approved']);
  });

  it('has no chart for the endorsements expiring soon, which are a table only', () => {
    expect(charts.expiring).toBeUndefined();
  });
});
