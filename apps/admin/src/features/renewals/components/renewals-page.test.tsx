import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { RENEWAL_BUCKETS } from '../bucket-words';
import { asServed, createRenewalRow } from '../testing/renewal-factories';
import { RenewalFilters_Chapters } from './renewal-filters';
import { RenewalsPage, RenewalsPage_Counts, RenewalsPage_Queue } from './renewals-page';

const filter = { level: 'IMHS', chapterId: 'c-washtenaw' };
const lapsed = createRenewalRow({
  id: 'e7',
  holderName: 'Priya Raman',
  number: 'MI-IMHS-0004',
  level: 'IMHS',
  chapterName: 'Washtenaw',
  standing: { status: 'LAPSED', dueOn: '2025-12-31', graceEndsOn: '2026-03-01', renewal: null },
});

const mocks = [
  {
    request: { query: RenewalsPage_Counts, variables: { filter } },
    result: {
      data: {
        renewalCounts: RENEWAL_BUCKETS.map((bucket, i) => ({
          __typename: 'RenewalBucketCount',
          bucket,
          count: i,
        })),
      },
    },
  },
  {
    request: { query: RenewalsPage_Queue, variables: { bucket: 'LAPSED', filter, first: 25 } },
    result: {
      data: {
        renewalQueue: {
          __typename: 'RenewalQueueConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
          edges: [{ __typename: 'RenewalQueueConnectionEdge', cursor: 'c1', node: asServed('node', lapsed) }],
        },
      },
    },
  },
  {
    request: { query: RenewalFilters_Chapters },
    result: {
      data: {
        coordinatedAssociations: [
          {
            __typename: 'Association',
            id: 'a1',
            name: 'MI-AIMH',
            chapters: [{ __typename: 'Chapter', id: 'c-washtenaw', name: 'Washtenaw' }],
          },
        ],
      },
    },
  },
];

describe('RenewalsPage', () => {
  it('shows the bucket, level and chapter from the URL, with counts, rows and the matching CSV', async () => {
    const page = await renderStatic(<RenewalsPage />, {
      mocks,
      url: '/renewals?bucket=LAPSED&level=IMHS&chapter=c-washtenaw',
    });
    const pressed = page.all('button').filter((b) => b.attributes.includes('aria-pressed="true"'));
    expect(pressed.map((b) => b.text)).toEqual(['Lapsed 5']);
    expect(page.text).toContain('Due within 30 days 0 Due within 60 days 1 Due within 90 days 2 Submitted 3');
    expect(page.text).toContain('Showing 1 of 1 endorsement');
    expect(page.rows()[1]?.slice(0, 4)).toEqual([
      'Priya Raman grace@demo.imh',
      'MI-IMHS-0004',
      'IMHS',
      'Washtenaw',
    ]);
    const csv = page.all('a').find((a) => a.text === 'Download CSV');
    expect(csv?.attributes).toContain(
      'href="/api/exports/renewals.csv?bucket=LAPSED&amp;level=IMHS&amp;chapterId=c-washtenaw"',
    );
  });
});
