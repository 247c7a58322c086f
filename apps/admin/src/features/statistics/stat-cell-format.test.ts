import { describe, expect, it } from 'vitest';
import {
  cellText,
  chartValue,
  formatValue,
  suppressedTitle,
  suppressionExplanation,
} from './stat-cell-format';
import { empty, hidden, shown } from './testing/statistics-factories';

describe('formatValue', () => {
  it('shows counts whole, days and hours to a tenth, and rates as percentages', () => {
    expect(formatValue(shown(1234), 'count')).toBe('1234');
    expect(formatValue(shown(41.25), 'days')).toBe('41.3');
    expect(formatValue(shown(412), 'hours')).toBe('412');
    expect(formatValue(shown(0.625), 'rate')).toBe('62.5%');
    expect(formatValue(shown(1), 'rate')).toBe('100%');
    expect(formatValue(shown(0.333), 'rate')).toBe('33.3%');
    expect(formatValue(shown(0), 'rate')).toBe('0%');
  });

  it('has nothing to show for a withheld or empty cell', () => {
    expect(formatValue(hidden, 'count')).toBeNull();
    expect(formatValue(empty, 'rate')).toBeNull();
  });
});

describe('cellText', () => {
  it('writes "suppressed" for withheld cells and nothing for cells without data', () => {
    expect(cellText(hidden, 'rate')).toBe('suppressed');
    expect(cellText(empty, 'count')).toBe('');
    expect(cellText(shown(0), 'count')).toBe('0');
  });
});

describe('chartValue', () => {
  it('leaves withheld and empty cells out of charts, and draws a released zero', () => {
    expect(chartValue(hidden)).toBeNull();
    expect(chartValue(empty)).toBeNull();
    expect(chartValue(shown(0))).toBe(0);
  });
});

describe('the words about suppression', () => {
  it('name the association’s threshold', () => {
    expect(suppressedTitle(11)).toBe('Fewer than 11 people: withheld to protect privacy');
    expect(suppressionExplanation(11)).toBe(
      'Counts from 1 to 10 are suppressed, with other cells where a total would reveal them. Dates are whole months.',
    );
  });
});
