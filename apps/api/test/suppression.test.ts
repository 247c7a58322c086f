import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedCells, releaseCounts, type Sum, suppressedCells } from '../src/statistics/suppression.ts';

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
    expect(hidden.has('jan.IFA')).toBe(true);
    // jan.IFA = 5 cannot be solved for from the released cells, through rows or columns.
    expect(determinedCells(hidden, sums)).not.toContain('jan.IFA');
  });

  it('leaves no small count that the released sums pin down, in any two-way table (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.constant(0), fc.nat(40)), { minLength: 2, maxLength: 6 }), {
          minLength: 1,
          maxLength: 6,
        }),
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
          const small = (id: string) => (counts.get(id) ?? 0) >= 1 && (counts.get(id) ?? 0) < K;
          const hidden = suppressedCells(counts, sums, K);
          for (const id of counts.keys()) if (small(id)) expect(hidden.has(id)).toBe(true);
          expect(determinedCells(hidden, sums).filter(small)).toEqual([]);
          // And what is withheld within a released sum is never a sliver that fixes its parts.
          for (const sum of sums) {
            if (hidden.has(sum.total)) continue;
            const mass = sum.parts
              .filter((id) => hidden.has(id))
              .reduce((a, id) => a + (counts.get(id) ?? 0), 0);
            expect(mass === 0 || mass >= K).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('closes the gaps a reviewer found: chains across a two-way table, and slivers of a total', () => {
    // Two 2×2 blocks of 2s joined by one 5, large cells elsewhere keeping every total released.
    const statuses = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'CHANGES', 'BIG'];
    const levels = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'];
    const grid: Record<string, number> = {};
    for (const s of statuses)
      for (const l of levels) grid[`${s}.${l}`] = s === 'BIG' || l === 'IMHM' ? 50 : 0;
    for (const [s, l] of [
      ['DRAFT', 'IFA'],
      ['DRAFT', 'IFS'],
      ['SUBMITTED', 'IFA'],
      ['SUBMITTED', 'IFS'],
      ['IN_REVIEW', 'IFRS'],
      ['IN_REVIEW', 'IMHS'],
      ['CHANGES', 'IFRS'],
      ['CHANGES', 'IMHS'],
    ])
      grid[`${s}.${l}`] = 2;
    grid['SUBMITTED.IFRS'] = 5;
    const counts = new Map(Object.entries(grid));
    const sums: Sum[] = [];
    for (const s of statuses) {
      counts.set(
        `${s}.*`,
        levels.reduce((a, l) => a + (grid[`${s}.${l}`] ?? 0), 0),
      );
      sums.push({ total: `${s}.*`, parts: levels.map((l) => `${s}.${l}`) });
    }
    for (const l of levels) {
      counts.set(
        `*.${l}`,
        statuses.reduce((a, s) => a + (grid[`${s}.${l}`] ?? 0), 0),
      );
      sums.push({ total: `*.${l}`, parts: statuses.map((s) => `${s}.${l}`) });
    }
    const hidden = suppressedCells(counts, sums, K);
    expect(hidden.has('SUBMITTED.IFRS')).toBe(true);
    expect(determinedCells(hidden, sums).filter((id) => (counts.get(id) ?? 0) < K)).toEqual([]);

    // 1 + 1 withheld beside 30, total 32 released: both would be known to be 1.
    const sliver = suppressedCells(
      table({ all: 32, IFA: 1, IFS: 1, IMHM: 30 }),
      [{ total: 'all', parts: ['IFA', 'IFS', 'IMHM'] }],
      K,
    );
    expect(sliver.has('IMHM') || sliver.has('all')).toBe(true);
  });

  it('finds the determined cells as a rank test over the whole system would (property)', () => {
    // The definition itself: a cell is determined when adding its unit vector to the sums'
    // equations over the withheld cells leaves their rank unchanged.
    const rankOf = (rows: number[][]) => {
      const m = rows.map((r) => [...r]);
      let rank = 0;
      for (let c = 0; c < (m[0]?.length ?? 0) && rank < m.length; c++) {
        const pivot = m.findIndex((row, i) => i >= rank && Math.abs(row[c] ?? 0) > 1e-9);
        if (pivot < 0) continue;
        [m[rank], m[pivot]] = [m[pivot] as number[], m[rank] as number[]];
        const top = m[rank] as number[];
        for (let i = 0; i < m.length; i++) {
          const row = m[i] as number[];
          if (i === rank || Math.abs(row[c] ?? 0) < 1e-9) continue;
          const f = (row[c] ?? 0) / (top[c] ?? 1);
          for (let k = 0; k < row.length; k++) row[k] = (row[k] ?? 0) - f * (top[k] ?? 0);
        }
        rank++;
      }
      return rank;
    };
    const byRank = (hidden: Set<string>, sums: Sum[]) => {
      const vars = [...hidden].sort();
      const eqs = sums
        .map((sum) => vars.map((v) => (sum.total === v ? 1 : 0) - sum.parts.filter((p) => p === v).length))
        .filter((row) => row.some((x) => x !== 0));
      if (eqs.length === 0) return [];
      const base = rankOf(eqs);
      return vars.filter((_, i) => rankOf([...eqs, vars.map((_, j) => (j === i ? 1 : 0))]) === base);
    };
    const cell = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
    fc.assert(
      fc.property(
        fc.array(fc.record({ total: cell, parts: fc.uniqueArray(cell, { minLength: 1, maxLength: 4 }) }), {
          maxLength: 6,
        }),
        fc.uniqueArray(cell, { maxLength: 10 }),
        (sums, withheld) => {
          const hidden = new Set(withheld);
          expect(determinedCells(hidden, sums)).toEqual(byRank(hidden, sums));
        },
      ),
      { numRuns: 500 },
    );
  });
});
