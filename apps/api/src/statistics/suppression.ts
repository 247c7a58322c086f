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
 * in between; the monthly tables show that activity with the same suppression. Answers change only
 * when the counts are refreshed (snapshot.ts, every 15 minutes or so), not with each write: comparing
 * two reads shows what changed between two refreshes, not when each change was made.
 */

export type CellId = string;

/** A released sum: `total` equals the sum of `parts`. */
export type Sum = { total: CellId; parts: readonly CellId[] };

export type Released = { value: number | null; suppressed: boolean };

const EPSILON = 1e-9;

/**
 * The rows of a small dense matrix in reduced row echelon form (Gauss-Jordan with partial pivoting):
 * each row has a leading 1 in a column where every other row has 0.
 */
function reducedRows(rows: number[][]): number[][] {
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
    const lead = top[c] as number;
    for (let k = c; k < cols; k++) top[k] = (top[k] ?? 0) / lead;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const row = m[i] as number[];
      const factor = row[c] ?? 0;
      if (Math.abs(factor) < EPSILON) continue;
      for (let k = c; k < cols; k++) row[k] = (row[k] ?? 0) - factor * (top[k] ?? 0);
    }
    r++;
  }
  return m.slice(0, r);
}

/** Groups of variables that equations connect (union-find): each group's equations stand apart. */
function components(count: number, equations: readonly number[][]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (const members of equations) {
    const [first, ...rest] = members;
    for (const other of rest) parent[find(other)] = find(first as number);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}

/**
 * The withheld cells that the released sums pin down exactly. Each sum gives an equation over its
 * withheld members (total minus parts = 0, with released values moved to the known side); a cell is
 * determined exactly when its unit vector lies in the equations' row space, that is when the
 * reduced row echelon form has a row that is that unit vector (a row's leading column is 0 in every
 * other row, so only that row can contribute to it). The equations fall apart into independent
 * systems (a month's levels share no cell with another month's), solved one by one: at a
 * table's full history this is the difference between thousands of variables and a handful.
 */
export function determinedCells(hidden: ReadonlySet<CellId>, sums: readonly Sum[]): CellId[] {
  // A withheld cell in no sum has no equation, so it is never determined: only the sums' cells count.
  const inSums = new Set(sums.flatMap((sum) => [sum.total, ...sum.parts]));
  const variables = [...inSums].filter((id) => hidden.has(id)).sort();
  const index = new Map(variables.map((id, i) => [id, i]));
  const equations: Map<number, number>[] = [];
  for (const sum of sums) {
    const row = new Map<number, number>();
    const add = (id: CellId, coefficient: number) => {
      const i = index.get(id);
      if (i !== undefined) row.set(i, (row.get(i) ?? 0) + coefficient);
    };
    add(sum.total, 1);
    for (const part of sum.parts) add(part, -1);
    if (row.size > 0) equations.push(row);
  }
  const determined = new Set<number>();
  const groupOf = new Map<number, number>();
  const groups = components(
    variables.length,
    equations.map((row) => [...row.keys()]),
  );
  groups.forEach((group, g) => {
    for (const i of group) groupOf.set(i, g);
  });
  const rowsOf = groups.map(() => [] as Map<number, number>[]);
  for (const row of equations) rowsOf[groupOf.get(row.keys().next().value as number) as number]?.push(row);
  groups.forEach((group, g) => {
    const local = new Map(group.map((variable, column) => [variable, column]));
    const dense = (rowsOf[g] ?? []).map((row) => {
      const out = new Array<number>(group.length).fill(0);
      for (const [variable, coefficient] of row) out[local.get(variable) as number] = coefficient;
      return out;
    });
    for (const row of reducedRows(dense)) {
      const nonZero = row.flatMap((v, column) => (Math.abs(v) > EPSILON ? [column] : []));
      if (nonZero.length === 1) determined.add(group[nonZero[0] as number] as number);
    }
  });
  return variables.filter((_, i) => determined.has(i));
}

/** Ids of the cells to withhold from a table of counts. */
export function suppressedCells(
  counts: ReadonlyMap<CellId, number>,
  sums: readonly Sum[],
  threshold: number,
): Set<CellId> {
  const hidden = new Set<CellId>();
  for (const [id, n] of counts) if (n >= 1 && n < threshold) hidden.add(id);
  // Cells that no chain of sums links cannot reveal one another: each group of linked sums is
  // suppressed on its own (a table's history is hundreds of months that share no cell).
  for (const group of linkedSums(sums))
    if (group.some((sum) => [sum.total, ...sum.parts].some((id) => hidden.has(id))))
      suppressWithin(counts, group, threshold, hidden);
  return hidden;
}

/** The sums grouped by shared cells. */
function linkedSums(sums: readonly Sum[]): Sum[][] {
  const cells = new Map<CellId, number>();
  const idOf = (id: CellId) => {
    let i = cells.get(id);
    if (i === undefined) {
      i = cells.size;
      cells.set(id, i);
    }
    return i;
  };
  const members = sums.map((sum) => [sum.total, ...sum.parts].map(idOf));
  const groups = components(cells.size, members);
  const groupOfCell = new Map<number, number>();
  groups.forEach((group, g) => {
    for (const cell of group) groupOfCell.set(cell, g);
  });
  const out = groups.map(() => [] as Sum[]);
  sums.forEach((sum, i) => {
    out[groupOfCell.get(members[i]?.[0] as number) as number]?.push(sum);
  });
  return out.filter((group) => group.length > 0);
}

/** Complementary suppression among linked sums, adding to `hidden` until nothing small is exposed. */
function suppressWithin(
  counts: ReadonlyMap<CellId, number>,
  sums: readonly Sum[],
  threshold: number,
  hidden: Set<CellId>,
): void {
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
    if (determined.length === 0) return;
    const target = determined[0] as CellId;
    const touches = (sum: Sum) => sum.total === target || sum.parts.includes(target);
    const linked = (sum: Sum) => [sum.total, ...sum.parts].some((id) => hidden.has(id));
    // Widen a sum around the cell; if none can be, any sum linked to the withheld cells (the cell is
    // pinned through them); with nothing left to widen, everything is withheld.
    if (!sums.filter(touches).some(widen) && !sums.filter(linked).some(widen)) return;
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
