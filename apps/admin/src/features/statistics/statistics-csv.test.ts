import { describe, expect, it } from 'vitest';
import { statisticsCsv, statisticsCsvFilename } from './statistics-csv';
import { statisticsTables } from './statistics-tables';
import { createStatistics } from './testing/statistics-factories';

const csvOf = (stats: ReturnType<typeof createStatistics>) => statisticsCsv(stats, statisticsTables(stats));

describe('statisticsCsv', () => {
  it('writes every table of the page, one after another, with suppressed cells and rates as shown', () => {
    expect(csvOf(createStatistics()).split('\r\n')).toEqual([
      'Statistics,Washtenaw chapter',
      'Months,2026-01 to 2026-03',
      'Level,All levels',
      '',
      'Active endorsements',
      'Level,Active endorsements',
      'IFA,0',
      'IFS,24',
      'IFRS,suppressed',
      'IMHS,12',
      'IMHM,suppressed',
      'IMHM Clinical,suppressed',
      'IMHM Policy,0',
      'IMHM Research/Faculty,0',
      'Total,45',
      '',
      'Applications by status',
      'Status,Applications',
      'Submitted,14',
      'Endorsed,suppressed',
      'Total,31',
      '',
      'Submissions and decisions per month',
      'Month,Submissions,Decisions',
      '2026-01,12,suppressed',
      '2026-02,0,0',
      '2026-03,suppressed,13',
      '',
      'Days from submission to decision',
      'Quarter,Median,90th percentile',
      '2026-Q1,41.5,88',
      '',
      'Renewals per year',
      'Year,On time,Late,Lapsed,Total,On-time rate',
      '2025,30,12,suppressed,48,62.5%',
      '',
      'Expiring in the next 90 days',
      'Level,Endorsements due',
      'IFS,suppressed',
      'Total,11',
      '',
      'Training and RSC hours per quarter',
      'Quarter,Training hours,RSC hours',
      // No RSC logged that quarter: an empty cell, which is not the same as "suppressed".
      '2026-Q1,412.5,',
      '',
    ]);
  });

  it('names the association and the level for a coordinator’s filtered view', () => {
    const stats = createStatistics({ chapterId: null, chapterName: null, level: 'IMHS' });
    expect(csvOf(stats).split('\r\n').slice(0, 3)).toEqual([
      'Statistics,"MI-AIMH, all chapters"',
      'Months,2026-01 to 2026-03',
      'Level,IMHS',
    ]);
  });

  it('keeps a spreadsheet from running a name as a formula', () => {
    const stats = createStatistics({ chapterName: '=HYPERLINK("x")' });
    expect(csvOf(stats).split('\r\n')[0]).toBe('Statistics,"\'=HYPERLINK(""x"") chapter"');
  });
});

describe('statisticsCsvFilename', () => {
  it('names the scope and the months', () => {
    expect(statisticsCsvFilename(createStatistics())).toBe('statistics-washtenaw-2026-01-2026-03.csv');
    expect(
      statisticsCsvFilename(
        createStatistics({
          chapterName: null,
          associationName: 'MI-AIMH',
          fromMonth: '2024-05',
          toMonth: '2026-05',
        }),
      ),
    ).toBe('statistics-mi-aimh-all-chapters-2024-05-2026-05.csv');
  });
});
