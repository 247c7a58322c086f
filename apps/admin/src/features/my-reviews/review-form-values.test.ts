import { describe, expect, it } from 'vitest';
import { missingForSubmit, placeServerErrors, toFormValues, toReviewInput } from './review-form-values';

const domains = [
  { id: 'theory.foundations', name: 'Theoretical foundations' },
  { id: 'law', name: 'Law, regulation and agency policy' },
  { id: 'systems', name: 'Systems expertise' },
];

describe('review form values', () => {
  it('fills the form from a saved draft in rubric order, blank where unscored', () => {
    const values = toFormValues(domains, {
      scores: [
        { domainId: 'systems', score: 4 },
        { domainId: 'theory.foundations', score: 2 },
      ],
      comments: null,
      recommendation: 'DENY',
    });
    expect(values).toEqual({ scores: ['2', '', '4'], comments: '', recommendation: 'DENY' });
  });

  it('starts empty without a review', () => {
    expect(toFormValues(domains, null)).toEqual({ scores: ['', '', ''], comments: '', recommendation: '' });
  });

  it('sends only the scored domains, trimmed comments and null for blanks', () => {
    const input = toReviewInput(domains, { scores: ['5', '', '1'], comments: '  ', recommendation: '' });
    expect(input).toEqual({
      scores: [
        { domainId: 'theory.foundations', score: 5 },
        { domainId: 'systems', score: 1 },
      ],
      comments: null,
      recommendation: null,
    });
  });

  it('names every unscored domain and a missing recommendation before submitting', () => {
    const missing = missingForSubmit(domains, { scores: ['5', '', ''], comments: '', recommendation: '' });
    expect(missing).toEqual([
      { name: 'scores.1', message: 'Score Law, regulation and agency policy.' },
      { name: 'scores.2', message: 'Score Systems expertise.' },
      { name: 'recommendation', message: 'Choose a recommendation.' },
    ]);
    expect(
      missingForSubmit(domains, { scores: ['1', '2', '3'], comments: '', recommendation: 'ENDORSE' }),
    ).toEqual([]);
  });

  it('places server errors by domain id, by position sent, or leaves them for the form', () => {
    const sent = toReviewInput(domains, { scores: ['', '3', '4'], comments: '', recommendation: '' });
    const { placed, unplaced } = placeServerErrors(domains, sent, [
      { path: 'scores.theory.foundations', message: 'Score Theoretical foundations.' },
      { path: 'scores.1.domainId', message: 'Scored twice.' },
      { path: 'recommendation', message: 'Choose a recommendation.' },
      { path: 'somethingElse', message: 'Odd.' },
    ]);
    expect(placed).toEqual([
      { name: 'scores.0', message: 'Score Theoretical foundations.' },
      { name: 'scores.2', message: 'Scored twice.' },
      { name: 'recommendation', message: 'Choose a recommendation.' },
    ]);
    expect(unplaced).toEqual(['Odd.']);
  });
});
