/**
 * Small-cell suppression for the chapters' statistics. The rule (issue 7): a count from 1 to
 * threshold - 1 is never released as a number. Three layers keep it from being worked out:
 *
 * 1. Primary suppression: every cell whose count is 1..threshold-1 is released as "suppressed".
 *    Zero is released: it says nobody, which is not a person's data.
 *
 * 2. Complementary suppression: a table releases totals (a month's applications over all levels, a
 *    year's renewals over all outcomes). Where a total and all but one of its parts are released, the
 *    last part is the total minus the others. So for every released sum that has exactly one
 *    suppressed member (a part or the total), a second member is suppressed too: the smallest
 *    released non-zero part, or failing that the total. This repeats until no sum has a single
 *    suppressed member, as cells belong to several sums (rows and columns).
 *
 * 3. The differencing guard is structural: every released number is a cell of a fixed table whose
 *    grain does not depend on the query (calendar months and quarters, levels, statuses, years), and
 *    its suppression is decided on the whole table before any filter applies. A filter (date range,
 *    level) only chooses which cells to return; it never adds cells up into a new number. So two
 *    answers with different filters show the same cell with the same value or the same mark, and
 *    subtracting them yields nothing a single answer does not show: "January to March minus January
 *    to February" is not computable, because no range total is ever released. Date ranges are
 *    widened to whole months, so a narrow range around one person selects that person's whole month.
 */

export type CellId = string;

/** A released sum: `total` equals the sum of `parts`. */
export type Sum = { total: CellId; parts: readonly CellId[] };

export type Released = { value: number | null; suppressed: boolean };

/** Ids of the cells to withhold from a table of counts. */
export function suppressedCells(
  counts: ReadonlyMap<CellId, number>,
  sums: readonly Sum[],
  threshold: number,
): Set<CellId> {
  const hidden = new Set<CellId>();
  for (const [id, n] of counts) if (n >= 1 && n < threshold) hidden.add(id);
  const value = (id: CellId) => counts.get(id) ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (const sum of sums) {
      const members = [sum.total, ...sum.parts];
      if (members.filter((id) => hidden.has(id)).length !== 1) continue;
      const candidates = sum.parts
        .filter((id) => !hidden.has(id) && value(id) > 0)
        .sort((a, b) => value(a) - value(b) || a.localeCompare(b));
      const complement = candidates[0] ?? (hidden.has(sum.total) ? undefined : sum.total);
      // No candidate: every other part is zero and the total is hidden, so nothing can be derived.
      if (complement === undefined) continue;
      hidden.add(complement);
      changed = true;
    }
  }
  return hidden;
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
