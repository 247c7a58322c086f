import { describe, expect, it } from 'vitest';
import { todayIso } from '../../progress/live-evaluation';
import {
  emptyTraining,
  type TrainingValues,
  toTrainingInput,
  toTrainingRulesEntry,
  trainingSchema,
  trainingValues,
} from './training';

const TODAY = '2026-11-23';
const schema = trainingSchema(TODAY);
const valid: TrainingValues = {
  title: 'Foundations of Infant Mental Health',
  provider: 'MI-AIMH',
  date: '2023-03-10',
  hours: 12.5,
  competencyDomains: ['theoretical_foundations'],
  topics: ['DEI'],
};
const issues = (values: object) =>
  schema.safeParse(values).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('trainingSchema', () => {
  it.each([
    [{ hours: 500, date: TODAY, competencyDomains: [], topics: [] }],
    [{ hours: 0.25 }],
    [{ hours: '12.' }],
  ])('accepts %j', (change) => {
    expect(issues({ ...valid, ...change })).toBeUndefined();
  });

  it.each([
    [{ title: '' }, 'title', 'Enter the title of the training.'],
    [{ provider: '  ' }, 'provider', 'Enter who provided the training.'],
    [{ hours: 0 }, 'hours', 'Enter a number of hours above 0 and at most 500.'],
    [{ hours: -2 }, 'hours', 'Enter a number of hours above 0 and at most 500.'],
    [{ hours: 500.5 }, 'hours', 'Enter a number of hours above 0 and at most 500.'],
    [{ hours: '' }, 'hours', 'Enter the clock hours.'],
    [{ date: '2026-11-24' }, 'date', 'The date cannot be in the future.'],
    [{ date: '1949-06-01' }, 'date', 'Enter a date from 1950 onwards.'],
    [{ date: '' }, 'date', 'Enter the date you completed it.'],
  ])('refuses %j', (change, path, message) => {
    expect(issues({ ...valid, ...change })).toEqual([[path, message]]);
  });
});

describe('training mappings', () => {
  it('drops areas the edition does not offer, so the form can be saved', () => {
    const node = {
      id: 't1',
      title: 'T',
      provider: 'P',
      date: '2023-03-10',
      hours: 12,
      competencyDomains: ['theoretical-foundations', 'reflection'],
      topics: [],
    };
    expect(trainingValues(node, ['reflection', 'thinking']).competencyDomains).toEqual(['reflection']);
  });

  it('sends each area and topic once', () => {
    expect(
      toTrainingInput(
        { ...valid, competencyDomains: ['reflection', 'reflection'], topics: ['DEI', 'DEI'] },
        'd1',
      ),
    ).toMatchObject({ competencyDomains: ['reflection'], topics: ['DEI'], hours: 12.5, documentId: 'd1' });
  });

  it('gives the rules the hours typed so far', () => {
    expect(toTrainingRulesEntry({ ...valid, hours: '12' }, 'new')).toEqual({
      id: 'new',
      title: 'Foundations of Infant Mental Health',
      date: '2023-03-10',
      hours: 12,
      domains: ['theoretical_foundations'],
      topics: ['DEI'],
    });
    expect(toTrainingRulesEntry({ ...valid, hours: '' }, 'new')?.hours).toBe(0);
  });

  it('counts hours typed before the date as of today, and nothing for a half-typed date', () => {
    const undated = toTrainingRulesEntry({ ...emptyTraining(), hours: 12 }, 'new');
    expect(undated).toMatchObject({ hours: 12, date: todayIso() });
    expect(toTrainingRulesEntry({ ...emptyTraining(), date: '2025-02-3' }, 'new')).toBeNull();
  });
});
