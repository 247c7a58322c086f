/** Calendar periods as the statistics name them: "2026-03", "2026-Q1", 2026. */

export type MonthRange = { from: string; to: string };

/** A date range widened to whole months (the guard against narrow ranges around one person). */
export const toMonthRange = (fromDay: string, toDay: string): MonthRange => ({
  from: fromDay.slice(0, 7),
  to: toDay.slice(0, 7),
});

export function monthsIn(range: MonthRange): string[] {
  const months: string[] = [];
  let [y, m] = range.from.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > range.to) return months;
    months.push(month);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

export const quarterOf = (month: string) =>
  `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

export const quartersIn = (range: MonthRange): string[] => [...new Set(monthsIn(range).map(quarterOf))];

export const yearsIn = (range: MonthRange): number[] => [
  ...new Set(monthsIn(range).map((m) => Number(m.slice(0, 4)))),
];

/** Months between two months, inclusive: the length of a range. */
export const monthCount = (range: MonthRange) => {
  const [fy, fm] = range.from.split('-').map(Number) as [number, number];
  const [ty, tm] = range.to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
};
