import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { asServed, createStatistics } from '../testing/statistics-factories';
import { StatisticsPage, StatisticsPage_Associations, StatisticsPage_Statistics } from './statistics-page';

const ANALYST = { id: 'u2', name: 'Ana Lyst', roles: ['CHAPTER_ANALYST' as const] };
const noIds = { chapterId: null, associationId: null };

const statisticsMock = (variables: Record<string, unknown>, stats = createStatistics()) => ({
  request: { query: StatisticsPage_Statistics, variables },
  result: { data: { chapterStatistics: asServed('chapterStatistics', stats) } },
});

const associationsMock = {
  request: { query: StatisticsPage_Associations },
  result: {
    data: {
      coordinatedAssociations: [
        {
          __typename: 'Association',
          id: 'a1',
          name: 'MI-AIMH',
          chapters: [
            { __typename: 'Chapter', id: 'c-detroit', name: 'Detroit Metro' },
            { __typename: 'Chapter', id: 'c-washtenaw', name: 'Washtenaw' },
          ],
        },
      ],
    },
  },
};

const labelsOf = (page: Awaited<ReturnType<typeof renderStatic>>) =>
  page.all('label').map((label) => label.text);
const inputValue = (page: Awaited<ReturnType<typeof renderStatic>>, type: string) =>
  (page.html.match(new RegExp(`<input[^>]*type="${type}"[^>]*>`, 'g')) ?? []).map(
    (input) => input.match(/value="([^"]*)"/)?.[1] ?? '',
  );

describe('StatisticsPage', () => {
  it('shows a chapter analyst their chapter, filtered as the URL says, without a chapter choice', async () => {
    const variables = { from: '2026-01-01', to: '2026-03-31', level: 'IFS', ...noIds };
    const page = await renderStatic(<StatisticsPage />, {
      user: ANALYST,
      // The chapter in the URL is not the analyst's to choose: the API answers with theirs.
      url: '/statistics?from=2026-01-01&to=2026-03-31&level=IFS&chapter=c-detroit',
      mocks: [statisticsMock(variables, createStatistics({ level: 'IFS' }))],
    });
    expect(page.all('h1').map((h) => h.text)).toEqual(['Statistics']);
    expect(page.text).toContain('Statistics Washtenaw chapter Download CSV');
    expect(labelsOf(page)).toEqual(['From', 'To', 'Level']);
    expect(inputValue(page, 'date')).toEqual(['2026-01-01', '2026-03-31']);
    expect(page.html).toMatch(/<option value="IFS" selected="">IFS<\/option>/);
    expect(page.text).toContain(
      'Counts from 1 to 10 are suppressed, with other cells where a total would reveal them. Dates are whole months.',
    );
    expect(page.text).toContain('Showing 2026-01 to 2026-03 (whole months)');
    expect(page.text).toContain('Hours are those of members at every level');
  });

  it('shows every section with a table, and a chart where there is one', async () => {
    const page = await renderStatic(<StatisticsPage />, {
      user: ANALYST,
      url: '/statistics',
      mocks: [statisticsMock({ from: null, to: null, level: null, ...noIds })],
    });
    expect(page.all('h2').map((h) => h.text)).toEqual([
      'Active endorsements',
      'Applications by status',
      'Submissions and decisions per month',
      'Days from submission to decision',
      'Renewals per year',
      'Expiring in the next 90 days',
      'Training and RSC hours per quarter',
    ]);
    expect(page.all('table')).toHaveLength(7);
    expect(page.html.match(/<canvas[^>]*role="img"/g)).toHaveLength(6);
    const rows = page.rows();
    expect(rows).toContainEqual(['IMHM Clinical', 'suppressed']);
    expect(rows).toContainEqual(['Total', '45']);
    expect(rows).toContainEqual(['Year', 'On time', 'Late', 'Lapsed', 'Total', 'On-time rate']);
    expect(rows).toContainEqual(['2025', '30', '12', 'suppressed', '48', '62.5%']);
    expect(rows).toContainEqual(['2026-Q1', '412.5', '—']);
    // Active endorsements, applications, months and renewals have withheld bars; days and hours none.
    expect(page.text.match(/Suppressed values are not drawn\./g)).toHaveLength(4);
    expect(page.html).toContain('title="Fewer than 11 people: withheld to protect privacy"');
    expect(page.text).not.toContain('Hours are those of members at every level');
  });

  it('gives a coordinator the association by default, and the chapter choice', async () => {
    const page = await renderStatic(<StatisticsPage />, {
      url: '/statistics',
      mocks: [
        associationsMock,
        statisticsMock(
          { from: null, to: null, level: null, ...noIds },
          createStatistics({ chapterId: null, chapterName: null }),
        ),
      ],
    });
    expect(page.text).toContain('Statistics MI-AIMH, all chapters Download CSV');
    expect(labelsOf(page)).toEqual(['From', 'To', 'Level', 'Chapter']);
    expect(page.html).toMatch(/<option value="" selected="">All chapters<\/option>/);
    expect(page.text).toContain('Detroit Metro');
  });

  it('sends the coordinator’s chapter from the URL', async () => {
    const page = await renderStatic(<StatisticsPage />, {
      url: '/statistics?chapter=c-washtenaw',
      mocks: [
        associationsMock,
        statisticsMock({ from: null, to: null, level: null, chapterId: 'c-washtenaw', associationId: null }),
      ],
    });
    expect(page.text).toContain('Statistics Washtenaw chapter');
    expect(page.html).toMatch(/<option value="c-washtenaw" selected="">Washtenaw<\/option>/);
  });

  it('asks for no statistics while the range ends before it starts', async () => {
    const page = await renderStatic(<StatisticsPage />, {
      user: ANALYST,
      url: '/statistics?from=2026-03-01&to=2026-01-31',
    });
    expect(page.text).toContain('The end is before the start.');
    expect(page.all('table')).toHaveLength(0);
  });

  it('tells a reviewer the page is not theirs', async () => {
    const page = await renderStatic(<StatisticsPage />, {
      user: { id: 'u3', name: 'Rae Viewer', roles: ['REVIEWER'] },
    });
    expect(page.text).toBe(
      "Statistics This page is for coordinators and chapter analysts. Your roles don't include it.",
    );
  });
});
