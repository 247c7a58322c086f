import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayOf,
  daysInMonth,
  exceedsMonths,
  fromDay,
  isIsoDate,
  isLeapYear,
  spansMonths,
  toDay,
  yearOf,
} from '../src/dates';

describe('ISO dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
  ])('%s is day %i', (iso, day) => {
    expect(toDay(iso)).toBe(day);
    expect(fromDay(day)).toBe(iso);
  });

  it.each([
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-04-31',
    '2024-1-01',
    '2024/01/01',
    '20240101xx',
    'abcd-ef-gh',
    '',
  ])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => toDay(value)).toThrow(RangeError);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect([1, 2, 4, 6, 9, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 30, 30, 30, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(yearOf(toDay('1999-12-31'))).toBe(1999);
  });

  it('parses every month of the edge four-digit years as the general calendar counts them', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const year of [0, 1, 399, 400, 401, 1600, 1899, 1900, 1970, 2000, 2100, 9999]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, daysInMonth(year, month)]) {
          expect(toDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(dayOf(year, month, day));
        }
      }
    }
  });

  it('round-trips every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDay('1600-01-01'), max: toDay('2400-12-31') }),
        (day) => toDay(fromDay(day)) === day,
      ),
    );
  });
});

describe('calendar months', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2022-03-15', 24, '2024-03-15'],
    ['2022-11-30', 3, '2023-02-28'],
    ['2024-06-30', -12, '2023-06-30'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(fromDay(addMonths(toDay(from), months))).toBe(expected);
  });

  it.each([
    ['2022-01-01', '2022-12-31', 12, true],
    ['2022-01-02', '2022-12-31', 12, false],
    ['2022-01-01', '2023-12-31', 24, true],
    ['2022-01-01', '2023-12-30', 24, false],
  ])('[%s, %s] spans %i months: %s', (start, end, months, expected) => {
    expect(spansMonths(toDay(start), toDay(end), months)).toBe(expected);
  });

  it('the fast paths agree with calendar arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDay('1990-01-01'), max: toDay('2040-12-31') }),
        fc.integer({ min: -5, max: 800 }),
        fc.integer({ min: 1, max: 25 }),
        (start, length, months) => {
          const end = start + length;
          expect(spansMonths(start, end, months)).toBe(end >= addMonths(start, months) - 1);
          expect(exceedsMonths(start, end, months)).toBe(end > addMonths(start, months) - 1);
        },
      ),
    );
  });
});
