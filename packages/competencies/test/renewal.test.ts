import { describe, expect, it } from 'vitest';
import { CURRENT_2024, evaluateRenewalYear, type Portfolio, type Target, VAIMH_2010 } from '../src/index';
import { degree, emptyPortfolio, job, member, rsc, signed, training } from './factories';

const IFS: Target = { level: 'IFS' };
const CLINICAL: Target = { level: 'IMHM', track: 'CLINICAL' };
const asOf = '2024-12-31';

/** Everything a 2024 renewal asks for, for every level. */
function renewing(overrides: Partial<Portfolio> = {}): Portfolio {
  return emptyPortfolio({
    education: [degree()],
    memberships: [member()],
    trainings: [
      training({ date: '2024-02-01', hours: 11 }),
      training({ date: '2024-05-01', hours: 3, topics: ['PROVIDING_RSC'] }),
      training({ date: '2024-09-01', hours: 1, topics: ['DEI'] }),
    ],
    rsc: [
      rsc({ startDate: '2024-01-01', endDate: '2024-03-31', hours: 6 }),
      rsc({ startDate: '2024-06-01', endDate: '2024-06-30', hours: 6 }),
    ],
    agreements: [signed('CODE_OF_ETHICS', '2024-11-15')],
    ...overrides,
  });
}

const ids = (
  p: Portfolio,
  target: Target,
  edition = CURRENT_2024,
  year = 2024,
  endorsedOn = '2020-05-01',
  on = asOf,
) =>
  evaluateRenewalYear(p, { target, endorsedOn }, year, { asOf: on, edition }).requirements.map(
    (r) => `${r.id}:${r.status}`,
  );

describe('renewal year', () => {
  it('meets every part with 15 hours, 12 hours of RSC, membership and the code of ethics', () => {
    const result = evaluateRenewalYear(renewing(), { target: IFS, endorsedOn: '2020-05-01' }, 2024, {
      asOf,
      edition: CURRENT_2024,
    });
    expect(result).toMatchObject({ met: true, year: 2024, dueOn: '2024-12-31', editionId: 'current-2024' });
    expect(ids(renewing(), IFS)).toEqual([
      'renewal_membership:met',
      'renewal_training_hours:met',
      'renewal_training_dei:met',
      'renewal_rsc_received:met',
      'renewal_code_of_ethics:met',
    ]);
  });

  it('the endorsement year asks only for membership', () => {
    expect(ids(emptyPortfolio({ memberships: [member()] }), IFS, CURRENT_2024, 2024, '2024-03-01')).toEqual([
      'renewal_membership:met',
    ]);
    expect(() => ids(renewing(), IFS, CURRENT_2024, 2019)).toThrow(RangeError);
  });

  it('counts only hours dated in the year, and one hour short fails', () => {
    const p = renewing({
      trainings: [training({ date: '2023-12-31', hours: 15 }), training({ date: '2024-01-01', hours: 14 })],
    });
    const result = evaluateRenewalYear(p, { target: IFS, endorsedOn: '2020-05-01' }, 2024, {
      asOf,
      edition: VAIMH_2010,
    });
    expect(result.requirements.find((r) => r.id === 'renewal_training_hours')).toMatchObject({
      status: 'not_met',
      progress: { have: 14, need: 15, unit: 'hours' },
      reasons: ['You have 14 of 15 hours of training dated in 2024; 1 more needed.'],
    });
  });

  it('asks RSC providers for 3 hours of training on RSC', () => {
    const provider = renewing({
      work: [job({ kind: 'PROVIDING_RSC', startDate: '2021-01-01', endDate: undefined })],
    });
    expect(ids(provider, IFS, VAIMH_2010)).toContain('renewal_training_rsc:met');
    const noRscTraining = { ...provider, trainings: [training({ date: '2024-02-01', hours: 15 })] };
    expect(ids(noRscTraining, IFS, VAIMH_2010)).toContain('renewal_training_rsc:not_met');
    const pastProvider = renewing({
      work: [job({ kind: 'PROVIDING_RSC', startDate: '2019-01-01', endDate: '2023-12-31' })],
    });
    expect(ids(pastProvider, IFS, VAIMH_2010).join()).not.toContain('renewal_training_rsc');
  });

  it('asks IFA for no RSC, and IFS for 12 hours from an appropriate provider spread over 6 months (current)', () => {
    expect(ids(renewing({ rsc: [] }), { level: 'IFA' }).join()).not.toContain('rsc');
    const crammed = renewing({ rsc: [rsc({ startDate: '2024-01-01', endDate: '2024-05-30', hours: 12 })] });
    const result = evaluateRenewalYear(crammed, { target: IFS, endorsedOn: '2020-05-01' }, 2024, {
      asOf,
      edition: CURRENT_2024,
    });
    expect(result.requirements.find((r) => r.id === 'renewal_rsc_received')?.reasons).toEqual([
      'You have 12 of 12 hours of reflective supervision/consultation in 2024.',
      'The hours must be spread over at least 6 months of the year.',
    ]);
    expect(ids(crammed, IFS, VAIMH_2010)).toContain('renewal_rsc_received:met');
    const wrong = renewing({
      rsc: [
        rsc({
          startDate: '2024-01-01',
          endDate: '2024-08-30',
          hours: 12,
          provider: { endorsement: { level: 'IFA' } },
        }),
      ],
    });
    const wrongResult = evaluateRenewalYear(wrong, { target: IFS, endorsedOn: '2020-05-01' }, 2024, {
      asOf,
      edition: CURRENT_2024,
    });
    expect(wrongResult.requirements.find((r) => r.id === 'renewal_rsc_received')?.reasons).toContain(
      '12 hours do not count: the provider must be IFRS, IMHS, IMHM-Clinical.',
    );
    expect(ids(renewing({ rsc: [] }), IFS, CURRENT_2024)).toContain('renewal_rsc_received:not_met');
    // Entries outside the year, or reversed, are not counted.
    expect(
      ids(
        renewing({
          rsc: [
            rsc({ startDate: '2023-12-01', endDate: '2024-08-01', hours: 12 }),
            rsc({ startDate: '2024-05-01', endDate: '2024-04-01', hours: 12 }),
          ],
        }),
        IFS,
        VAIMH_2010,
      ),
    ).toContain('renewal_rsc_received:not_met');
  });

  it('Mentor-Clinical: RSC need ends after 3 years (older chart) or drops to 10 h with peer consultation (current)', () => {
    const peer = renewing({
      rsc: [rsc({ startDate: '2024-01-01', endDate: '2024-08-31', hours: 10, peer: true })],
    });
    // Endorsed 2021-01-01: held 3 full years on 2024-01-01.
    expect(ids(peer, CLINICAL, VAIMH_2010, 2024, '2021-01-01').join()).not.toContain('rsc_received');
    expect(ids(peer, CLINICAL, CURRENT_2024, 2024, '2021-01-01')).toContain('renewal_rsc_received:met');
    // Endorsed 2021-01-02: not yet 3 years on 2024-01-01, so 12 h from an IMHM-Clinical, no peer consultation.
    expect(ids(peer, CLINICAL, CURRENT_2024, 2024, '2021-01-02')).toContain('renewal_rsc_received:not_met');
    expect(ids(peer, CLINICAL, VAIMH_2010, 2024, '2021-01-02')).toContain('renewal_rsc_received:not_met');
  });

  it('needs the code of ethics signed from 1 January to the end of grace, and membership at renewal', () => {
    const lastYear = renewing({ agreements: [signed('CODE_OF_ETHICS', '2023-12-31')] });
    expect(ids(lastYear, IFS, VAIMH_2010)).toContain('renewal_code_of_ethics:not_met');
    const lateSign = renewing({ agreements: [signed('CODE_OF_ETHICS', '2025-01-20')] });
    expect(ids(lateSign, IFS, VAIMH_2010, 2024, '2020-05-01', '2025-01-25')).toContain(
      'renewal_code_of_ethics:met',
    );
    expect(ids(renewing({ memberships: [] }), IFS, VAIMH_2010)).toContain('renewal_membership:not_met');
  });

  it('accepts the code of ethics until the end of an extension or reinstatement window', () => {
    const march = renewing({ agreements: [signed('CODE_OF_ETHICS', '2025-03-15')] });
    const judge = (acceptedUntil?: string) =>
      evaluateRenewalYear(march, { target: IFS, endorsedOn: '2020-05-01' }, 2024, {
        asOf: '2025-03-20',
        edition: VAIMH_2010,
        acceptedUntil,
      }).requirements.find((r) => r.id === 'renewal_code_of_ethics')?.status;
    expect(judge()).toBe('not_met');
    expect(judge('2025-04-30')).toBe('met');
    expect(judge('2025-03-14')).toBe('not_met');
  });
});
