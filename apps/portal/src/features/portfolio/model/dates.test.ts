import { describe, expect, it } from 'vitest';
import { daysInclusive, formatDate, formatPeriod, isRealDate } from './dates';

describe('formatDate', () => {
  it('writes a calendar day the way people read it', () => {
    expect(formatDate('2019-05-15')).toBe('15 May 2019');
    expect(formatDate('2020-08-01')).toBe('1 August 2020');
  });

  it('leaves anything that is not a date as it is', () => {
    expect(formatDate('2019-02-30')).toBe('2019-02-30');
  });
});

describe('formatPeriod', () => {
  it('names an open period', () => {
    expect(formatPeriod('2020-08-01', null)).toBe('1 August 2020 – present');
    expect(formatPeriod('2024-09-01', '2025-08-31')).toBe('1 September 2024 – 31 August 2025');
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['', false],
    ['15/05/2019', false],
  ])('%j → %s', (value, ok) => {
    expect(isRealDate(value)).toBe(ok);
  });
});

describe('daysInclusive', () => {
  it('counts both ends', () => {
    expect(daysInclusive('2025-01-10', '2025-01-10')).toBe(1);
    expect(daysInclusive('2025-01-10', '2025-01-11')).toBe(2);
    expect(daysInclusive('2024-02-28', '2024-03-01')).toBe(3);
  });

  it('is 0 for a missing date', () => {
    expect(daysInclusive('', '2025-01-10')).toBe(0);
  });
});
