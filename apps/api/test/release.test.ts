import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsIn } from '../src/statistics/periods.ts';
import { type RawStatistics, releaseStatistics } from '../src/statistics/release.ts';

const LEVELS = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'] as const;
const MONTHS = monthsIn({ from: '2023-01', to: '2026-12' });
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 11, max: 60 }));
const monthly = fc.array(
  fc.record({ period: fc.constantFrom(...MONTHS), level: fc.constantFrom(...LEVELS), n: count }),
  { maxLength: 80 },
);
const raw = fc.record({
  submissions: monthly,
  decisions: monthly,
  renewals: fc.array(
    fc.record({
      year: fc.constantFrom(2023, 2024, 2025, 2026),
      level: fc.constantFrom(...LEVELS),
      outcome: fc.constantFrom('on_time' as const, 'late' as const, 'lapsed' as const),
      n: count,
    }),
    { maxLength: 40 },
  ),
});
const range = fc
  .tuple(fc.constantFrom(...MONTHS), fc.constantFrom(...MONTHS))
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

describe('the released statistics', () => {
  it('show a month or a year the same way whatever range the answer covers (property)', () => {
    fc.assert(
      fc.property(raw, range, (tables, narrow) => {
        const full: RawStatistics = {
          active: [],
          applications: [],
          days: [],
          expiring: [],
          hours: [],
          ...tables,
        };
        const wide = releaseStatistics(full, 11, { range: { from: '2023-01', to: '2026-12' }, level: null });
        const part = releaseStatistics(full, 11, { range: narrow, level: null });
        for (const m of part.monthly) expect(m).toEqual(wide.monthly.find((w) => w.month === m.month));
        for (const y of part.renewals) expect(y).toEqual(wide.renewals.find((w) => w.year === y.year));
      }),
      { numRuns: 200 },
    );
  });
});
