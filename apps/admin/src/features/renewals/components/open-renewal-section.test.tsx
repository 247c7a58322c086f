import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { createOpenRenewal } from '../testing/renewal-factories';
import { OpenRenewalSection } from './open-renewal-section';

describe('OpenRenewalSection', () => {
  it('shows a submitted renewal with the requirements frozen at submission', async () => {
    const page = await renderStatic(
      <OpenRenewalSection renewal={createOpenRenewal({ late: true })} year={2026} />,
    );
    expect(page.text).toContain('Submitted renewal');
    expect(page.text).toContain('Late: submitted after the due date, so the late fee applies');
    expect(page.text).toContain('Code of ethics signed');
    expect(page.text).toContain('Requirements for 2026 as submitted 1 of 1 requirements met');
    expect(page.text).toContain('15 of 15 hours');
  });

  it('shows the coordinator’s message on a returned renewal', async () => {
    const renewal = createOpenRenewal({ status: 'RETURNED', message: 'Add the RSC log.' });
    expect((await renderStatic(<OpenRenewalSection renewal={renewal} year={2026} />)).text).toBe(
      'Returned renewal Returned to the endorsee Add the RSC log.',
    );
  });

  it('shows nothing for a renewal only started', async () => {
    const renewal = createOpenRenewal({ status: 'DRAFT', submittedAt: null });
    expect((await renderStatic(<OpenRenewalSection renewal={renewal} year={2026} />)).text).toBe('');
  });
});
