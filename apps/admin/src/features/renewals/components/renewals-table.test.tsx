import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { formatDate } from '../../queue/format-date';
import { createRenewalRow } from '../testing/renewal-factories';
import { RenewalsTable } from './renewals-table';

describe('RenewalsTable', () => {
  it('lists each endorsement with its dates and status, the holder linking to its renewal page', async () => {
    const rows = [
      createRenewalRow(),
      createRenewalRow({
        id: 'e2',
        holderName: 'Owen Price',
        holderEmail: 'owen@demo.imh',
        number: 'MI-IMHM-0007',
        level: 'IMHM',
        track: 'CLINICAL',
        chapterName: null,
        standing: {
          status: 'LAPSED',
          dueOn: '2025-12-31',
          graceEndsOn: '2026-01-31',
          renewal: { id: 'r9', status: 'SUBMITTED', kind: 'REINSTATEMENT', late: true },
        },
      }),
    ];
    const page = await renderStatic(<RenewalsTable rows={rows} />);
    expect(page.rows()).toEqual([
      ['Holder', 'Number', 'Level', 'Chapter', 'Due', 'Late accepted until', 'Status'],
      [
        'Grace Lindqvist grace@demo.imh',
        'MI-IFS-0042',
        'IFS',
        'Detroit',
        formatDate('2026-12-31'),
        formatDate('2027-01-31'),
        'Renewal due',
      ],
      [
        'Owen Price owen@demo.imh',
        'MI-IMHM-0007',
        'IMHM-Clinical',
        '—',
        formatDate('2025-12-31'),
        formatDate('2026-01-31'),
        'Submitted late reinstatement',
      ],
    ]);
    expect(page.all('a').map((a) => [a.text, a.attributes.match(/href="([^"]+)"/)?.[1]])).toEqual([
      ['Grace Lindqvist', '/renewals/e1'],
      ['Owen Price', '/renewals/e2'],
    ]);
  });

  it('says so when the bucket is empty', async () => {
    expect((await renderStatic(<RenewalsTable rows={[]} />)).text).toBe(
      'No endorsements in this bucket match these filters.',
    );
  });
});
