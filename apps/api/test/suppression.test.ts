import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { releaseCounts, type Sum, suppressedCells } from '../src/statistics/suppression.ts';

const K = 11;
const table = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('small-cell suppression', () => {
  it('withholds counts from 1 to 10 and releases 0 and 11', () => {
    const released = releaseCounts(table({ a: 0, b: 1, c: 10, d: 11 }), [], K);
    expect(Object.fromEntries(released)).toEqual({
      a: { value: 0, suppressed: false },
      b: { value: null, suppressed: true },
      c: { value: null, suppressed: true },
      d: { value: 11, suppressed: false },
    });
  });

  it('suppresses a second part when the total would give the first away', () => {
    const sums: Sum[] = [{ total: 'all', parts: ['IFA', 'IFS', 'IMHS'] }];
    const hidden = suppressedCells(table({ all: 60, IFA: 3, IFS: 40, IMHS: 17 }), sums, K);
    expect([...hidden].sort()).toEqual(['IFA', 'IMHS']);
  });

  it('suppresses the total when no other part can hide the suppressed one', () => {
    const sums: Sum[] = [{ total: 'all', parts: ['IFA', 'IFS'] }];
    expect([...suppressedCells(table({ all: 4, IFA: 4, IFS: 0 }), sums, K)].sort()).toEqual(['IFA', 'all']);
  });

  it('follows a suppression through rows and columns of a two-way table', () => {
    // Two months by two levels, with month totals and level totals.
    const counts = table({
      'jan.IFA': 5,
      'jan.IFS': 30,
      'jan.all': 35,
      'feb.IFA': 20,
      'feb.IFS': 25,
      'feb.all': 45,
      'all.IFA': 25,
      'all.IFS': 55,
    });
    const sums: Sum[] = [
      { total: 'jan.all', parts: ['jan.IFA', 'jan.IFS'] },
      { total: 'feb.all', parts: ['feb.IFA', 'feb.IFS'] },
      { total: 'all.IFA', parts: ['jan.IFA', 'feb.IFA'] },
      { total: 'all.IFS', parts: ['jan.IFS', 'feb.IFS'] },
    ];
    const hidden = suppressedCells(counts, sums, K);
    for (const sum of sums) {
      expect([sum.total, ...sum.parts].filter((id) => hidden.has(id)).length).not.toBe(1);
    }
    expect(hidden.has('jan.IFA')).toBe(true);
  });

  it('never leaves a released sum with exactly one suppressed member (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(40), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (grid) => {
          const cols = Math.min(...grid.map((r) => r.length));
          const counts = new Map<string, number>();
          const sums: Sum[] = [];
          grid.forEach((row, r) => {
            const parts = row.slice(0, cols).map((n, c) => {
              counts.set(`${r}.${c}`, n);
              return `${r}.${c}`;
            });
            counts.set(
              `${r}.all`,
              row.slice(0, cols).reduce((a, b) => a + b, 0),
            );
            sums.push({ total: `${r}.all`, parts });
          });
          for (let c = 0; c < cols; c++) {
            const parts = grid.map((_, r) => `${r}.${c}`);
            counts.set(
              `all.${c}`,
              parts.reduce((a, id) => a + (counts.get(id) ?? 0), 0),
            );
            sums.push({ total: `all.${c}`, parts });
          }
          const hidden = suppressedCells(counts, sums, K);
          for (const [id, n] of counts) if (n >= 1 && n < K) expect(hidden.has(id)).toBe(true);
          for (const sum of sums)
            expect([sum.total, ...sum.parts].filter((id) => hidden.has(id)).length).not.toBe(1);
        },
      ),
    );
  });
});
