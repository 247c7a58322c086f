import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { createManagedEndorsement, createOpenRenewal } from '../testing/renewal-factories';
import { RenewalActions } from './renewal-actions';

const render = (endorsement: ReturnType<typeof createManagedEndorsement>) =>
  renderStatic(<RenewalActions endorsement={endorsement} onChanged={async () => {}} />);
const buttonsFor = async (endorsement: ReturnType<typeof createManagedEndorsement>) =>
  (await render(endorsement)).all('button').map((b) => b.text);

const withRenewal = (renewal: ReturnType<typeof createOpenRenewal>, status = 'ACTIVE' as const) => {
  const base = createManagedEndorsement();
  return createManagedEndorsement({ status, standing: { ...base.standing, renewal } });
};

describe('RenewalActions', () => {
  it('offers approval or return for a submitted renewal', async () => {
    expect(await buttonsFor(withRenewal(createOpenRenewal()))).toEqual([
      'Approve renewal',
      'Return to endorsee',
    ]);
  });

  it('offers reinstatement or return for a submitted reinstatement', async () => {
    const renewal = createOpenRenewal({ kind: 'REINSTATEMENT', late: true });
    const lapsed = createManagedEndorsement({
      status: 'LAPSED',
      standing: { ...createManagedEndorsement().standing, status: 'LAPSED', renewal },
    });
    expect(await buttonsFor(lapsed)).toEqual(['Reinstate endorsement', 'Return to endorsee']);
  });

  it('offers an extension while the year is open and nothing is submitted', async () => {
    expect(await buttonsFor(createManagedEndorsement())).toEqual(['Grant extension']);
    expect(await buttonsFor(withRenewal(createOpenRenewal({ status: 'RETURNED' })))).toEqual([
      'Grant extension',
    ]);
  });

  it('shows nothing for a lapsed endorsement nobody has asked to reinstate', async () => {
    const lapsed = createManagedEndorsement({
      status: 'LAPSED',
      standing: { ...createManagedEndorsement().standing, status: 'LAPSED' },
    });
    expect((await render(lapsed)).text).toBe('');
  });
});
