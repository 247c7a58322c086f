import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../../test/render-static';
import { RenewalPolicyForm } from './renewal-policy-form';

const policy = {
  graceDays: 31,
  reminderDays: [60, 30, 7],
  reinstatementDays: 365,
  reinstatementReferences: 3,
  renewalFee: 40,
  lateFee: 35,
  timeZone: 'America/Detroit',
};

describe('RenewalPolicyForm', () => {
  it('labels every setting, each label naming its required input', async () => {
    const page = await renderStatic(<RenewalPolicyForm associationId="a1" policy={policy} />);
    const labels = page.all('label').map((l) => l.text.replace(/ \*$/, ''));
    expect(labels).toEqual([
      'Grace period (days)',
      'Reminder days before the due date',
      'Reinstatement window (days)',
      'New references for reinstatement',
      'Renewal fee ($)',
      'Late fee ($)',
      'Time zone',
    ]);
    const inputs = page.html.match(/<input\b[^>]*>/g) ?? [];
    expect(inputs).toHaveLength(7);
    expect(inputs.every((input) => input.includes('required'))).toBe(true);
    const labelled = page.all('label').map((l) => l.attributes.match(/for="([^"]+)"/)?.[1]);
    expect(labelled.map((id) => inputs.some((input) => input.includes(`id="${id}"`)))).toEqual(
      Array(7).fill(true),
    );
    expect(page.all('button').map((b) => b.text)).toEqual(['Save policy']);
  });
});
