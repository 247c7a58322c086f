import { describe, expect, it } from 'vitest';
import { formatDay, formatLongDay } from './format-date';

describe('formatDay', () => {
  it('shows the calendar day as written, whatever the time zone', () => {
    expect(formatDay('2026-09-01')).toBe('Sep 1, 2026');
  });
});

describe('formatLongDay', () => {
  it('writes the month in full, as the renewal notices do', () => {
    expect(formatLongDay('2026-12-31')).toBe('December 31, 2026');
  });
});
