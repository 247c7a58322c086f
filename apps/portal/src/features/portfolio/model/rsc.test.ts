import { describe, expect, it } from 'vitest';
import { emptyRsc, type RscValues, rscSchema, rscValues, toRscInput, toRscRulesEntry } from './rsc';

const TODAY = '2026-11-23';
const schema = rscSchema(TODAY);
const valid: RscValues = {
  ...emptyRsc(),
  startDate: '2024-09-01',
  endDate: '2025-08-31',
  hours: 18,
  format: 'GROUP',
  providerName: 'Ruth Bakker',
  providerEmail: 'ruth@example.org',
  providerLevel: 'IMHM',
  providerTrack: 'CLINICAL',
  providerDegree: 'MASTER',
};
const issues = (values: object) =>
  schema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('rscSchema', () => {
  it.each([
    [{ startDate: TODAY, endDate: TODAY, hours: 12 }],
    [{ startDate: '2025-01-10', endDate: '2025-01-11', hours: 24 }],
    [{ hours: 1000, startDate: '2020-01-01', endDate: '2025-01-01' }],
    [{ providerEmail: '', providerLevel: '', providerTrack: '', providerDegree: '' }],
  ])('accepts %j', (change) => {
    expect(issues({ ...valid, ...change })).toBeUndefined();
  });

  it.each([
    [{ hours: 0 }, 'hours', 'Enter a number of hours above 0 and at most 1000.'],
    [{ hours: 1000.5 }, 'hours', 'Enter a number of hours above 0 and at most 1000.'],
    [
      { startDate: '2025-01-10', endDate: '2025-01-10', hours: 13 },
      'hours',
      'At most 12 hours a day: shorten the hours or widen the period.',
    ],
    [
      { startDate: '2025-01-10', endDate: '2025-01-11', hours: 25 },
      'hours',
      'At most 12 hours a day: shorten the hours or widen the period.',
    ],
    [{ startDate: '2025-01-10', endDate: '2025-01-09' }, 'endDate', 'The end date is before the start date.'],
    [{ endDate: '2026-11-24' }, 'endDate', 'The date cannot be in the future.'],
    [{ endDate: '' }, 'endDate', 'Enter the end date.'],
    [{ startDate: '1949-12-31' }, 'startDate', 'Enter a date from 1950 onwards.'],
    [{ providerName: '' }, 'providerName', "Enter the provider's name."],
    [{ providerEmail: 'ruth at example' }, 'providerEmail', 'Enter a valid email address.'],
  ])('refuses %j', (change, path, message) => {
    expect(issues({ ...valid, ...change })).toEqual([[path, message]]);
  });
});

describe('rsc mappings', () => {
  it('sends a track only for a Mentor, and blanks as null', () => {
    expect(toRscInput({ ...valid, providerLevel: 'IMHS', providerEmail: ' ' }, null)).toMatchObject({
      providerLevel: 'IMHS',
      providerTrack: null,
      providerEmail: null,
    });
    expect(toRscInput(valid, 'd1')).toMatchObject({
      providerLevel: 'IMHM',
      providerTrack: 'CLINICAL',
      documentId: 'd1',
    });
  });

  it('round-trips a saved entry', () => {
    const node = { id: 'r1', ...toRscInput(valid, null), hours: 18 } as Parameters<typeof rscValues>[0];
    expect(rscValues(node)).toEqual(valid);
  });

  it('describes the provider as the rules read it', () => {
    expect(toRscRulesEntry(valid, 'r1')).toEqual({
      id: 'r1',
      startDate: '2024-09-01',
      endDate: '2025-08-31',
      hours: 18,
      format: 'GROUP',
      provider: { name: 'Ruth Bakker', endorsement: { level: 'IMHM', track: 'CLINICAL' }, degree: 'MASTER' },
      peer: false,
      aboutApplicantsOwnRsc: false,
    });
    expect(
      toRscRulesEntry({ ...valid, providerLevel: '', providerTrack: 'CLINICAL', providerDegree: '' }, 'r1')
        ?.provider,
    ).toEqual({ name: 'Ruth Bakker', endorsement: null });
    expect(toRscRulesEntry({ ...valid, providerLevel: 'IMHS' }, 'r1')?.provider.endorsement).toEqual({
      level: 'IMHS',
    });
  });

  it('counts nothing without a whole period', () => {
    expect(toRscRulesEntry({ ...valid, endDate: '' }, 'r1')).toBeNull();
    expect(toRscRulesEntry({ ...valid, endDate: '2024-08-31' }, 'r1')).toBeNull();
  });
});
