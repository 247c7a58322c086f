import { describe, expect, it } from 'vitest';
import { canResend, RATER_ROLE_OPTIONS, REFERENCE_STATUS, raterRoleWords } from './rater-words';

describe('rater words', () => {
  it('names every rater role in plain words', () => {
    expect(RATER_ROLE_OPTIONS.map((o) => o.label)).toEqual([
      'Current supervisor',
      'Teacher/trainer/consultant',
      'RSC provider',
      'Other supervisor',
      'Colleague',
      'Supervisee',
      'Other',
    ]);
    expect(raterRoleWords('RSC_PROVIDER')).toBe('RSC provider');
  });

  it('labels reference statuses as the applicant reads them', () => {
    expect(REFERENCE_STATUS.OPENED.label).toBe('Opened');
    expect(REFERENCE_STATUS.EXPIRED.label).toBe('Expired');
  });

  it('offers a new link only to raters who have not answered', () => {
    expect(canResend('EXPIRED')).toBe(true);
    expect(canResend('OPENED')).toBe(true);
    expect(canResend('RECEIVED')).toBe(false);
  });
});
