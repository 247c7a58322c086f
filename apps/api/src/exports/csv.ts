import { stringify } from 'csv-stringify/sync';

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection). Tab and
// carriage return are on OWASP's list too: some spreadsheets strip them and then read what follows.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: formula-like values get a leading apostrophe. */
export function safeCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 CSV with a header row and CRLF line ends, every cell made safe. */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return stringify(
    [header, ...rows].map((row) => row.map(safeCell)),
    { record_delimiter: 'windows' },
  );
}
