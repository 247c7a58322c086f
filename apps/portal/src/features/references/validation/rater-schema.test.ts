import { describe, expect, it } from 'vitest';
import { emptyRater, raterSchema, toRaterInput } from './rater-schema';

const valid = {
  ...emptyRater,
  raterName: 'Ruth Bakker',
  raterEmail: ' ruth@example.org ',
  raterRole: 'RSC_PROVIDER',
  knownSince: '2022-03-01',
};

const firstPath = (values: typeof valid) => raterSchema.safeParse(values).error?.issues[0]?.path;

describe('raterSchema', () => {
  it('accepts a rater without an Endorsement, trimming the email', () => {
    const result = raterSchema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data?.raterEmail).toBe('ruth@example.org');
  });

  it('asks for a role and a valid email', () => {
    expect(firstPath({ ...valid, raterRole: '' })).toEqual(['raterRole']);
    expect(firstPath({ ...valid, raterEmail: 'ruth at example' })).toEqual(['raterEmail']);
  });

  it('refuses impossible and future dates', () => {
    expect(firstPath({ ...valid, knownSince: '2023-02-30' })).toEqual(['knownSince']);
    expect(firstPath({ ...valid, knownSince: '2999-01-01' })).toEqual(['knownSince']);
  });
});

describe('toRaterInput', () => {
  it('sends "no Endorsement" as null', () => {
    expect(toRaterInput(valid).raterLevel).toBeNull();
    expect(toRaterInput({ ...valid, raterLevel: 'IMHS' }).raterLevel).toBe('IMHS');
  });
});
