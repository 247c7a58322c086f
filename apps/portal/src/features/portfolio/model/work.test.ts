import { describe, expect, it } from 'vitest';
import { emptyWork, toWorkInput, toWorkRulesEntry, type WorkValues, workSchema, workValues } from './work';

const TODAY = '2026-11-23';
const schema = workSchema(TODAY);
const valid: WorkValues = {
  ...emptyWork(),
  role: 'Home visitor',
  employer: 'Early Head Start',
  startDate: '2020-08-01',
  endDate: '2024-07-31',
  hoursPerWeek: 40,
  familiesServed: 14,
};
const issues = (values: object) =>
  schema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('workSchema', () => {
  it.each([
    [{ hoursPerWeek: 1, familiesServed: 0, startDate: '1950-01-01', endDate: TODAY }],
    [{ hoursPerWeek: 80, familiesServed: 10_000, endDate: '' }],
    [{ hoursPerWeek: '37.5', familiesServed: '' }],
    [{ startDate: '2020-08-01', endDate: '2020-08-01' }],
  ])('accepts the edges of each range: %j', (change) => {
    expect(issues({ ...valid, ...change })).toBeUndefined();
  });

  it.each([
    [{ role: '' }, 'role', 'Enter the role or job title.'],
    [{ employer: ' \t ' }, 'employer', 'Enter the employer.'],
    [{ hoursPerWeek: 0 }, 'hoursPerWeek', 'Enter the hours per week, from 1 to 80.'],
    [{ hoursPerWeek: 81 }, 'hoursPerWeek', 'Enter the hours per week, from 1 to 80.'],
    [{ hoursPerWeek: '' }, 'hoursPerWeek', 'Enter the hours per week, from 1 to 80.'],
    [{ hoursPerWeek: '-' }, 'hoursPerWeek', 'Enter a number.'],
    [{ familiesServed: -1 }, 'familiesServed', 'Enter a number of families from 0 to 10000.'],
    [{ familiesServed: 10_001 }, 'familiesServed', 'Enter a number of families from 0 to 10000.'],
    [{ familiesServed: 2.5 }, 'familiesServed', 'Enter a whole number.'],
    [{ startDate: '' }, 'startDate', 'Enter the start date.'],
    [{ startDate: '2026-11-24', endDate: '' }, 'startDate', 'The date cannot be in the future.'],
    [{ endDate: '2026-11-24' }, 'endDate', 'The date cannot be in the future.'],
    [{ startDate: '2020-08-01', endDate: '2020-07-31' }, 'endDate', 'The end date is before the start date.'],
    [{ description: 'x'.repeat(2001) }, 'description', 'Use at most 2000 characters.'],
  ])('refuses %j', (change, path, message) => {
    expect(issues({ ...valid, ...change })).toEqual([[path, message]]);
  });

  it('reports a field problem and an end before the start at once', () => {
    expect(issues({ ...valid, role: '', endDate: '2019-01-01' })?.map(([path]) => path)).toEqual([
      'role',
      'endDate',
    ]);
  });
});

describe('work mappings', () => {
  it('sends numbers typed as text as numbers, and blanks as null', () => {
    expect(
      toWorkInput(
        { ...valid, hoursPerWeek: '32.5', familiesServed: '', endDate: '', description: ' ' },
        null,
      ),
    ).toMatchObject({
      hoursPerWeek: 32.5,
      familiesServed: null,
      endDate: null,
      description: null,
      documentId: null,
    });
  });

  it('round-trips a saved entry', () => {
    const node = {
      ...valid,
      id: 'w1',
      hoursPerWeek: 40,
      endDate: null,
      familiesServed: null,
      description: null,
    };
    expect(workValues(node)).toEqual({ ...valid, endDate: '', familiesServed: '' });
  });

  it('gives the rules the entry in their words', () => {
    expect(toWorkRulesEntry({ ...valid, endDate: '' }, 'w1')).toEqual({
      id: 'w1',
      role: 'Home visitor',
      employer: 'Early Head Start',
      kind: 'PREVENTION_EARLY_INTERVENTION',
      paid: true,
      supervised: false,
      startDate: '2020-08-01',
      endDate: undefined,
      hoursPerWeek: 40,
      servesInfantsAndFamilies: true,
      familiesServed: 14,
    });
  });

  it('counts nothing while there is no period to count', () => {
    expect(toWorkRulesEntry({ ...valid, startDate: '' }, 'w1')).toBeNull();
    expect(toWorkRulesEntry({ ...valid, endDate: '2019-01-01' }, 'w1')).toBeNull();
  });

  it('counts half-typed hours as what they say so far', () => {
    expect(toWorkRulesEntry({ ...valid, hoursPerWeek: '', familiesServed: '' }, 'w1')).toMatchObject({
      hoursPerWeek: 0,
      familiesServed: undefined,
    });
  });
});
