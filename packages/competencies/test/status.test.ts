import { describe, expect, it } from 'vitest';
import {
  CURRENT_2024,
  type Edition,
  endorsementStatus,
  fromDay,
  renewalDueDay,
  VAIMH_2010,
} from '../src/index';
import { renewalStanding } from '../src/status';

const history = { endorsedOn: '2022-05-10', renewals: [{ year: 2023, completedOn: '2023-12-01' }] };

describe('endorsement status (due 31 December, reminders 60 days before, 31 days of grace)', () => {
  it.each([
    ['2022-05-10', 'active'],
    ['2023-10-31', 'active'],
    ['2023-11-01', 'renewal_due'],
    ['2023-12-01', 'active'],
    ['2024-10-31', 'active'],
    ['2024-11-01', 'renewal_due'],
    ['2024-12-31', 'renewal_due'],
    ['2025-01-01', 'grace'],
    ['2025-01-31', 'grace'],
    ['2025-02-01', 'lapsed'],
  ])('on %s: %s', (asOf, expected) => {
    expect(endorsementStatus(history, asOf)).toBe(expected);
  });

  it('a new endorsee owes the first full renewal at the end of the following year', () => {
    expect(renewalStanding({ endorsedOn: '2024-03-01', renewals: [] }, '2024-12-31')).toEqual({
      status: 'active',
      year: 2025,
      dueOn: '2025-12-31',
      graceEndsOn: '2026-01-31',
    });
  });

  it('a renewal completed in the grace period keeps the endorsement; a later one does not', () => {
    const late = { endorsedOn: '2022-05-10', renewals: [{ year: 2023, completedOn: '2024-01-31' }] };
    expect(endorsementStatus(late, '2024-06-01')).toBe('active');
    const tooLate = { endorsedOn: '2022-05-10', renewals: [{ year: 2023, completedOn: '2024-02-01' }] };
    expect(endorsementStatus(tooLate, '2024-06-01')).toBe('lapsed');
    // A renewal recorded after the evaluation date does not count yet.
    expect(endorsementStatus(late, '2024-01-15')).toBe('grace');
  });

  it('reinstatement restarts the cycle', () => {
    const reinstated = { ...history, renewals: [], reinstatedOn: ['2024-08-01', '2030-01-01'] };
    expect(endorsementStatus(reinstated, '2024-09-01')).toBe('active');
    expect(renewalStanding(reinstated, '2024-09-01').year).toBe(2025);
    // A renewal from before the reinstatement does not count for the new cycle.
    const stale = {
      endorsedOn: '2020-01-01',
      renewals: [{ year: 2025, completedOn: '2020-06-01' }],
      reinstatedOn: ['2024-08-01'],
    };
    expect(renewalStanding(stale, '2026-03-01').status).toBe('lapsed');
  });

  it('uses the edition’s status rules and clamps a due day to the month', () => {
    const june: Edition = {
      ...CURRENT_2024,
      status: { dueMonth: 2, dueDay: 30, noticeDays: 10, graceDays: 0 },
    };
    expect(fromDay(renewalDueDay(june, 2024))).toBe('2024-02-29');
    expect(endorsementStatus({ endorsedOn: '2023-01-01', renewals: [] }, '2024-03-01', june)).toBe('lapsed');
    expect(endorsementStatus({ endorsedOn: '2023-01-01', renewals: [] }, '2024-02-20', june)).toBe(
      'renewal_due',
    );
    expect(endorsementStatus({ endorsedOn: '2023-01-01', renewals: [] }, '2024-02-18', VAIMH_2010)).toBe(
      'active',
    );
  });

  it('refuses a date before the endorsement', () => {
    expect(() => endorsementStatus(history, '2021-01-01')).toThrow(RangeError);
  });
});

describe('extensions', () => {
  const base = { endorsedOn: '2022-05-10', renewals: [] };
  it('keep the endorsement in grace until the extension ends, then it lapses', () => {
    const extended = { ...base, extensions: [{ year: 2023, until: '2024-04-30' }] };
    expect(endorsementStatus(extended, '2024-03-01')).toBe('grace');
    expect(renewalStanding(extended, '2024-03-01').graceEndsOn).toBe('2024-04-30');
    expect(endorsementStatus(extended, '2024-05-01')).toBe('lapsed');
  });

  it('accept a renewal completed within the extension', () => {
    const renewed = {
      endorsedOn: '2022-05-10',
      renewals: [{ year: 2023, completedOn: '2024-04-15' }],
      extensions: [{ year: 2023, until: '2024-04-30' }],
    };
    expect(renewalStanding(renewed, '2024-06-01')).toMatchObject({ status: 'active', year: 2024 });
  });

  it('never shorten the grace period, and apply only to their own year', () => {
    const early = { ...base, extensions: [{ year: 2023, until: '2023-12-01' }] };
    expect(renewalStanding(early, '2024-01-15').graceEndsOn).toBe('2024-01-31');
    const other = { ...base, extensions: [{ year: 2024, until: '2025-06-30' }] };
    expect(endorsementStatus(other, '2024-02-15')).toBe('lapsed');
  });
});
