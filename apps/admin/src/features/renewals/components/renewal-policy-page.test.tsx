import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { RenewalPolicyPage, RenewalPolicyPage_Associations } from './renewal-policy-page';

const association = (id: string, name: string) => ({
  __typename: 'Association',
  id,
  name,
  renewalPolicy: {
    __typename: 'RenewalPolicy',
    graceDays: 31,
    reminderDays: [60, 30, 7],
    reinstatementDays: 365,
    reinstatementReferences: 3,
    renewalFee: 40,
    lateFee: 35,
    timeZone: 'America/Detroit',
  },
});

describe('RenewalPolicyPage', () => {
  it('gives each coordinated association its own policy form', async () => {
    const page = await renderStatic(<RenewalPolicyPage />, {
      mocks: [
        {
          request: { query: RenewalPolicyPage_Associations },
          result: {
            data: { coordinatedAssociations: [association('a1', 'MI-AIMH'), association('a2', 'VA-AIMH')] },
          },
        },
      ],
    });
    expect(page.all('h1').map((h) => h.text)).toEqual(['Renewal policy']);
    expect(page.all('h2').map((h) => h.text)).toEqual(['MI-AIMH', 'VA-AIMH']);
    expect(page.all('button').map((b) => b.text)).toEqual(['Save policy', 'Save policy']);
  });
});
