import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_OPTIONS, SCORE_OPTIONS, scoreLabel } from './score-options';

describe('score options', () => {
  it('offers a blank then 1 to 5, worded from "not yet" to "consistently" demonstrated', () => {
    expect(SCORE_OPTIONS.map((o) => o.value)).toEqual(['', '1', '2', '3', '4', '5']);
    expect(SCORE_OPTIONS[1].label).toBe('1 – not yet demonstrated');
    expect(SCORE_OPTIONS[5].label).toBe('5 – consistently demonstrated');
  });

  it('labels a saved score and says when there is none', () => {
    expect(scoreLabel(3)).toBe('3 – demonstrated');
    expect(scoreLabel(null)).toBe('Not scored');
  });

  it('lists the three recommendations after a blank', () => {
    expect(RECOMMENDATION_OPTIONS.map((o) => o.label)).toEqual([
      'Choose a recommendation',
      'Endorse',
      'Request changes',
      'Deny',
    ]);
  });
});
