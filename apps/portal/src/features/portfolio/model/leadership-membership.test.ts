import { describe, expect, it } from 'vitest';
import { leadershipSchema, leadershipValues, toLeadershipInput, toLeadershipRulesEntry } from './leadership';
import { membershipSchema, membershipValues, toMembershipInput, toMembershipRulesEntry } from './membership';

const TODAY = '2026-11-23';
const paths = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('leadership', () => {
  const schema = leadershipSchema(TODAY);
  const valid = {
    description: 'Chapter board member',
    scope: 'REGIONAL',
    startDate: '2022-01-01',
    endDate: '',
  };

  it.each([
    [{ description: '   ' }, 'description', 'Describe the activity.'],
    [{ description: 'x'.repeat(1001) }, 'description', 'Use at most 1000 characters.'],
    [{ startDate: '2022-01-01', endDate: '2021-12-31' }, 'endDate', 'The end date is before the start date.'],
    [{ startDate: '2026-11-24' }, 'startDate', 'The date cannot be in the future.'],
    [{ endDate: '2026-11-24' }, 'endDate', 'The date cannot be in the future.'],
  ])('refuses %j', (change, path, message) => {
    expect(paths(schema.safeParse({ ...valid, ...change }))).toEqual([[path, message]]);
  });

  it('accepts an ongoing activity and 1000 characters', () => {
    expect(schema.safeParse({ ...valid, description: 'x'.repeat(1000) }).success).toBe(true);
  });

  it('maps to the API and the rules', () => {
    const values = { description: ' Board ', scope: 'STATE' as const, startDate: '2022-01-01', endDate: '' };
    expect(toLeadershipInput(values)).toEqual({
      description: 'Board',
      scope: 'STATE',
      startDate: '2022-01-01',
      endDate: null,
    });
    expect(toLeadershipRulesEntry(values, 'l1')).toEqual({
      id: 'l1',
      description: ' Board ',
      scope: 'STATE',
      startDate: '2022-01-01',
      endDate: undefined,
    });
    expect(toLeadershipRulesEntry({ ...values, startDate: '' }, 'l1')).toBeNull();
    expect(leadershipValues({ id: 'l1', ...toLeadershipInput(values), endDate: null })).toEqual({
      ...values,
      description: 'Board',
    });
  });
});

describe('membership', () => {
  const schema = membershipSchema(TODAY);
  const valid = {
    associationName: 'MI-AIMH',
    memberNumber: 'MI-20418',
    startsOn: '2026-07-01',
    endsOn: '2027-06-30',
  };

  it('accepts a paid-up end in the future, and a membership of one day starting today', () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, startsOn: TODAY, endsOn: TODAY }).success).toBe(true);
  });

  it.each([
    [{ associationName: '' }, 'associationName', 'Enter the name of the association.'],
    [{ memberNumber: 'x'.repeat(51) }, 'memberNumber', 'Use at most 50 characters.'],
    [{ startsOn: '2026-07-01', endsOn: '2026-06-30' }, 'endsOn', 'The end date is before the start date.'],
    [{ startsOn: '2026-11-24', endsOn: '2027-11-23' }, 'startsOn', 'The date cannot be in the future.'],
    [{ startsOn: '1949-01-01' }, 'startsOn', 'Enter a date from 1950 onwards.'],
  ])('refuses %j', (change, path, message) => {
    expect(paths(schema.safeParse({ ...valid, ...change }))).toEqual([[path, message]]);
  });

  it('maps to the API and to the rules, which know memberships by association and period', () => {
    expect(toMembershipInput({ ...valid, memberNumber: '' })).toEqual({ ...valid, memberNumber: null });
    expect(toMembershipRulesEntry(valid)).toEqual({
      association: 'MI-AIMH',
      startDate: '2026-07-01',
      endDate: '2027-06-30',
    });
    expect(toMembershipRulesEntry({ ...valid, endsOn: '' })).toBeNull();
    expect(membershipValues({ id: 'm1', ...valid, memberNumber: null })).toEqual({
      ...valid,
      memberNumber: '',
    });
  });
});
