/** A number as the statistics API releases it: a value, withheld (suppressed), or no data (both empty). */
export interface StatCell {
  value: number | null;
  suppressed: boolean;
}

/** How a column's numbers read: people and applications, days, hours, or a share shown as a percentage. */
export type CellFormat = 'count' | 'days' | 'hours' | 'rate';

export const SUPPRESSED_TEXT = 'suppressed';
export const NO_DATA_TEXT = '—';

/** What the tooltip of a suppressed cell says. */
export const suppressedTitle = (threshold: number) =>
  `Fewer than ${threshold} people: withheld to protect privacy`;

/** The sentence near the top of the page that explains every suppressed cell at once. */
export const suppressionExplanation = (threshold: number) =>
  `Counts from 1 to ${threshold - 1} are suppressed, with other cells where a total would reveal them. ` +
  'Dates are whole months.';

// Rounded the same way everywhere, without a locale's digit grouping, so the CSV holds what the page shows.
const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

/** A released value as text; null when there is none to show (suppressed or no data). */
export const formatValue = (cell: StatCell, format: CellFormat): string | null => {
  if (cell.value === null) return null;
  switch (format) {
    case 'count':
      return String(Math.round(cell.value));
    case 'rate':
      return `${oneDecimal(cell.value * 100)}%`;
    case 'days':
    case 'hours':
      return oneDecimal(cell.value);
  }
};

/** A cell as plain text, for the CSV: the value, "suppressed", or empty for no data. */
export const cellText = (cell: StatCell, format: CellFormat): string =>
  cell.suppressed ? SUPPRESSED_TEXT : (formatValue(cell, format) ?? '');

/** A cell as a chart's data point: suppressed and missing values are not drawn. */
export const chartValue = (cell: StatCell): number | null => (cell.suppressed ? null : cell.value);
