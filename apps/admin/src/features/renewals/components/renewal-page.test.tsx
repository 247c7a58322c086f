import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { asServed, createManagedEndorsement, createOpenRenewal } from '../testing/renewal-factories';
import { RenewalPage } from './renewal-page';
import { RenewalPage_Endorsement } from './renewal-query';

const open = (endorsement: ReturnType<typeof createManagedEndorsement>) =>
  renderStatic(<RenewalPage />, {
    url: `/renewals/${endorsement.id}`,
    route: '/renewals/:endorsementId',
    mocks: [
      {
        request: { query: RenewalPage_Endorsement, variables: { id: endorsement.id } },
        result: { data: { managedEndorsement: asServed('managedEndorsement', endorsement) } },
      },
    ],
  });

describe('RenewalPage', () => {
  it('shows a submitted renewal with its frozen checklist beside today’s, and the coordinator’s actions', async () => {
    const base = createManagedEndorsement();
    const page = await open(
      createManagedEndorsement({
        standing: { ...base.standing, renewal: createOpenRenewal({ late: true }) },
        yearTrainings: [
          { id: 't1', date: '2026-03-01', title: 'Attachment', provider: 'MI-AIMH', hours: 6 },
          { id: 't2', date: '2026-05-01', title: 'Equity in practice', provider: 'MI-AIMH', hours: 3 },
        ],
        renewals: [
          {
            id: 'r0',
            year: 2025,
            kind: 'RENEWAL',
            status: 'APPROVED',
            late: false,
            submittedAt: '2025-11-30T10:00:00.000Z',
            decidedAt: '2025-12-05T10:00:00.000Z',
            extendedUntil: null,
          },
        ],
      }),
    );
    expect(page.all('h1').map((h) => h.text)).toEqual(['Grace Lindqvist — MI-IFS-0042']);
    expect(page.all('h2').map((h) => h.text)).toEqual([
      'Endorsement',
      'Submitted renewal',
      'Requirements today',
      'Past renewals',
    ]);
    expect(page.all('button').map((b) => b.text)).toEqual(['Approve renewal', 'Return to endorsee']);
    expect(page.text).toContain('Status Submitted, late');
    expect(page.text).toContain('Requirements for 2026 as submitted 1 of 1 requirements met');
    expect(page.text).toContain('Requirements for 2026 0 of 1 requirements met');
    expect(page.text).toContain('Training: 9 hours in 2 entries');
    expect(page.rows().at(-1)?.slice(0, 3)).toEqual(['2025', 'Renewal', 'Approved']);
  });

  it('says so when the endorsement is not the coordinator’s', async () => {
    const page = await renderStatic(<RenewalPage />, {
      url: '/renewals/nope',
      route: '/renewals/:endorsementId',
      mocks: [
        {
          request: { query: RenewalPage_Endorsement, variables: { id: 'nope' } },
          result: { data: { managedEndorsement: null } },
        },
      ],
    });
    expect(page.text).toContain('This endorsement does not exist, or is not yours to see.');
  });
});
