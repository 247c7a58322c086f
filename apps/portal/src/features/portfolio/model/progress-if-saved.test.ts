import { CURRENT_2024, type Portfolio } from '@imh/competencies';
import { describe, expect, it } from 'vitest';
import { asPortfolio } from '../../progress/model/progress-basis';
import { NEW_ENTRY_ID, progressIfSaved } from './progress-if-saved';
import { emptyTraining, type TrainingValues, toTrainingRulesEntry } from './training';

const training = (id: string, hours: number) => ({
  id,
  title: id,
  date: '2024-02-02',
  hours,
  domains: [],
  topics: [],
});
const portfolio: Portfolio = asPortfolio({ trainings: [training('a', 12), training('b', 8)] });
const typing = (hours: string): TrainingValues => ({
  ...emptyTraining(),
  title: 'New',
  date: '2025-03-14',
  hours,
});

const trainingHours = (values: TrainingValues, original: ReturnType<typeof toTrainingRulesEntry> = null) =>
  progressIfSaved({
    portfolio,
    section: 'trainings',
    next: () => toTrainingRulesEntry(values, NEW_ENTRY_ID),
    original: () => original,
    target: { level: 'IFS' },
    editionId: CURRENT_2024.id,
    asOf: '2026-11-23',
  })?.requirements.find((r) => r.id === 'training_hours');

describe('progressIfSaved', () => {
  it('moves the training hours as the person types', () => {
    expect(trainingHours(typing(''))).toMatchObject({ status: 'not_met', progress: { have: 20, need: 30 } });
    expect(trainingHours(typing('1'))).toMatchObject({ status: 'not_met', progress: { have: 21, need: 30 } });
    expect(trainingHours(typing('12'))).toMatchObject({ status: 'met', progress: { have: 32, need: 30 } });
  });

  it('counts an edited entry once, with its new hours', () => {
    const editing = { ...typing('2'), title: 'a', date: '2024-02-02' };
    const result = progressIfSaved({
      portfolio,
      section: 'trainings',
      next: () => toTrainingRulesEntry(editing, 'a'),
      original: () => training('a', 12),
      target: { level: 'IFS' },
      editionId: CURRENT_2024.id,
      asOf: '2026-11-23',
    });
    expect(result?.requirements.find((r) => r.id === 'training_hours')?.progress?.have).toBe(10);
  });

  it('gives up quietly on values the rules cannot read', () => {
    expect(
      progressIfSaved({
        portfolio,
        section: 'trainings',
        next: () => ({ ...training('x', 1), date: '2025-02-30' }),
        original: () => null,
        target: { level: 'IFS' },
        editionId: CURRENT_2024.id,
        asOf: '2026-11-23',
      }),
    ).toBeNull();
  });
});
