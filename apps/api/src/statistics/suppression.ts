/**
 * Small-cell suppression for the chapters' statistics. The rule (issue 7): a count from 1 to
 * threshold - 1 is never released as a number, nor can it be worked out from what is released.
 *
 * 1. Primary suppression: every cell whose count is 1..threshold-1 is released as "suppressed".
 *    Zero is released: it says nobody, which is not a person's data.
 *
 * 2. Complementary suppression: tables release totals (a month's submissions over all levels, a
 *    year's renewals over all outcomes, a status over all levels and a level over all statuses).
 *    More cells are withheld until, for the system of released sums as a whole:
 *    - no withheld cell is determined by the released numbers: each is checked by linear algebra
 *      (a cell is determined exactly when its unit vector lies in the row space of the sums'
 *      equations over the withheld cells), which covers one missing part of a sum and also chains
 *      of sums across the rows and columns of a two-way table;
 *    - what is withheld within each released sum adds up to 0 or to at least the threshold, so that
 *      two withheld cells adding up to 2 cannot both be known to be 1.
 *    Each round withholds the smallest released non-zero part of a sum at fault (or its total).
 *
 * 3. The differencing guard is structural: every released number is a cell of a fixed table whose
 *    grain does not depend on the query (calendar months and quarters, levels, statuses, years), and
 *    its suppression is decided on the whole table before any filter applies. A filter (date range,
 *    level) only chooses which cells to return; it never adds cells up into a new number. So two
 *    answers with different filters show the same cell with the same value or the same mark, and
 *    subtracting them yields nothing a single answer does not show: "January to March minus January
 *    to February" is not computable, because no range total is ever released. Date ranges are
 *    widened to whole months, so a narrow range around one person selects that person's whole month.
 *
 * What this does not stop: the same statistics read at two different times differ by what happened
 * in between; the monthly tables show that activity with the same suppression.
 */

export type CellId = string;

/** A released sum: `total` equals the sum of `parts`. */
export type Sum = { total: CellId; parts: readonly CellId[] };

export type Released = { value: number | null; suppressed: boolean };

const EPSILON = 1e-9;

/** The rank of a small dense matrix (rows of numbers), by Gaussian elimination with pivoting. */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++)
      if (Math.abs(m[i]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = i;
    if (Math.abs(m[pivot]?.[c] ?? 0) < EPSILON) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const top = m[r] as number[];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const row = m[i] as number[];
      const factor = (row[c] ?? 0) / (top[c] as number);
      if (Math.abs(factor) < EPSILON) continue;
      for (let k = c; k < cols; k++) row[k] = (row[k] ?? 0) - factor * (top[k] ?? 0);
    }
    r++;
  }
  return r;
}

/**
 * The withheld cells that the released sums pin down exactly. Each sum gives an equation over its
 * withheld members (total minus parts = 0, with released values moved to the known side); a cell is
 * determined when adding "this cell alone" to the equations does not raise their rank.
 */
export function determinedCells(hidden: ReadonlySet<CellId>, sums: readonly Sum[]): CellId[] {
  const variables = [...hidden].sort();
  const index = new Map(variables.map((id, i) => [id, i]));
  const equations: number[][] = [];
  for (const sum of sums) {
    const row = new Array<number>(variables.length).fill(0);
    let any = false;
    const add = (id: CellId, coefficient: number) => {
      const i = index.get(id);
      if (i === undefined) return;
      row[i] = (row[i] ?? 0) + coefficient;
      any = true;
    };
    add(sum.total, 1);
    for (const part of sum.parts) add(part, -1);
    if (any) equations.push(row);
  }
  if (equations.length === 0) return [];
  const base = rank(equations);
  return variables.filter((_, i) => {
    const unit = new Array<number>(variables.length).fill(0);
    unit[i] = 1;
    return rank([...equations, unit]) === base;
  });
}

/** Ids of the cells to withhold from a table of counts. */
export function suppressedCells(
  counts: ReadonlyMap<CellId, number>,
  sums: readonly Sum[],
  threshold: number,
): Set<CellId> {
  const hidden = new Set<CellId>();
  for (const [id, n] of counts) if (n >= 1 && n < threshold) hidden.add(id);
  const value = (id: CellId) => counts.get(id) ?? 0;

  /** Withholds one more member of a sum: its smallest released non-zero part, or its total. */
  const widen = (sum: Sum): boolean => {
    const candidates = sum.parts
      .filter((id) => !hidden.has(id) && value(id) > 0)
      .sort((a, b) => value(a) - value(b) || a.localeCompare(b));
    const next = candidates[0] ?? (hidden.has(sum.total) ? undefined : sum.total);
    if (next === undefined) return false;
    hidden.add(next);
    return true;
  };

  for (;;) {
    // A released total whose withheld parts add up to less than the threshold gives them a narrow range.
    const thin = sums.find((sum) => {
      if (hidden.has(sum.total)) return false;
      const mass = sum.parts.filter((id) => hidden.has(id)).reduce((a, id) => a + value(id), 0);
      return mass > 0 && mass < threshold && widen(sum);
    });
    if (thin) continue;
    // A withheld zero or large complement may be pinned down: only a small count is a person's data.
    const determined = determinedCells(hidden, sums).filter((id) => value(id) >= 1 && value(id) < threshold);
    if (determined.length === 0) return hidden;
    const target = determined[0] as CellId;
    const touches = (sum: Sum) => sum.total === target || sum.parts.includes(target);
    const linked = (sum: Sum) => [sum.total, ...sum.parts].some((id) => hidden.has(id));
    // Widen a sum around the cell; if none can be, any sum linked to the withheld cells (the cell is
    // pinned through them); with nothing left to widen, everything is withheld.
    if (!sums.filter(touches).some(widen) && !sums.filter(linked).some(widen)) return hidden;
  }
}

/** The table's cells as released: a number, or suppressed. */
export function releaseCounts(
  counts: ReadonlyMap<CellId, number>,
  sums: readonly Sum[],
  threshold: number,
): Map<CellId, Released> {
  const hidden = suppressedCells(counts, sums, threshold);
  return new Map(
    [...counts].map(([id, n]) => [
      id,
      hidden.has(id) ? { value: null, suppressed: true } : { value: n, suppressed: false },
    ]),
  );
}
