import { describe, expect, it } from 'vitest';
import { formatDay } from './format-date';

describe('formatDay', () => {
  it('shows the calendar day as written, whatever the time zone', () => {
    expect(formatDay('2026-09-01')).toBe('Sep 1, 2026');
  });
});
