import { describe, expect, it } from 'vitest';
import { startPath } from './start-path';

describe('startPath', () => {
  it('starts each role at its own work', () => {
    expect(startPath(['COORDINATOR'])).toBe('/applications');
    expect(startPath(['REVIEWER'])).toBe('/reviews');
    expect(startPath(['CHAPTER_ANALYST'])).toBe('/statistics');
  });

  it('prefers the queue, then reviews, for people with several roles', () => {
    expect(startPath(['CHAPTER_ANALYST', 'COORDINATOR'])).toBe('/applications');
    expect(startPath(['CHAPTER_ANALYST', 'REVIEWER'])).toBe('/reviews');
  });
});
