import { describe, expect, it } from 'vitest';
import { isAnswer, NOT_ENOUGH, toRatingInput, unansweredCount } from './rating-answers';

const domains = [
  { competencies: [{ id: 'attachment' }, { id: 'development' }] },
  { competencies: [{ id: 'reflection' }] },
];

describe('unansweredCount', () => {
  it('counts competencies without an answer across every domain', () => {
    expect(unansweredCount(domains, {})).toBe(3);
    expect(unansweredCount(domains, { attachment: '4', reflection: NOT_ENOUGH })).toBe(1);
    expect(unansweredCount(domains, { attachment: '4', development: '1', reflection: '5' })).toBe(0);
  });
});

describe('toRatingInput', () => {
  it('sends numbers, "not enough information" as null, and blank comments as null', () => {
    const input = toRatingInput(
      domains,
      { attachment: '4', development: NOT_ENOUGH, reflection: '2' },
      '2021-05-01',
      '   ',
    );
    expect(input).toEqual({
      knownSince: '2021-05-01',
      comments: null,
      ratings: [
        { competencyId: 'attachment', rating: 4 },
        { competencyId: 'development', rating: null },
        { competencyId: 'reflection', rating: 2 },
      ],
    });
  });

  it('keeps trimmed comments', () => {
    expect(toRatingInput(domains, {}, '2021-05-01', ' Thoughtful. ').comments).toBe('Thoughtful.');
  });
});

describe('isAnswer', () => {
  it('accepts only the offered options', () => {
    expect(isAnswer('3')).toBe(true);
    expect(isAnswer(NOT_ENOUGH)).toBe(true);
    expect(isAnswer('6')).toBe(false);
  });
});
