// The browser build: the package's default entry needs Node's Buffer.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { cellText } from './stat-cell-format';
import { type Statistics, type StatTable, scopeLabel } from './statistics-tables';

// A spreadsheet runs a cell that starts with one of these as a formula; the API's exports guard the same way.
const FORMULA_START = /^[=+\-@\t\r]/;
const safe = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

const tableRecords = (table: StatTable): string[][] => [
  [table.title],
  table.columns,
  ...table.rows.map((row) => [row.label, ...row.cells.map(({ cell, format }) => cellText(cell, format))]),
];

/**
 * The page as a CSV: what it is about, then every table one after another, each under its title and
 * separated by an empty line. Suppressed cells say "suppressed"; cells with no data are empty.
 */
export const statisticsCsv = (
  stats: Pick<Statistics, 'chapterName' | 'associationName' | 'fromMonth' | 'toMonth' | 'level'>,
  tables: readonly StatTable[],
): string => {
  const records: string[][] = [
    ['Statistics', scopeLabel(stats)],
    ['Months', `${stats.fromMonth} to ${stats.toMonth}`],
    ['Level', stats.level ?? 'All levels'],
    ...tables.flatMap((table) => [[], ...tableRecords(table)]),
  ];
  return stringify(
    records.map((record) => record.map(safe)),
    { record_delimiter: 'windows' },
  );
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `statistics-<scope>-<fromMonth>-<toMonth>.csv`, the scope being the chapter or the association. */
export const statisticsCsvFilename = (
  stats: Pick<Statistics, 'chapterName' | 'associationName' | 'fromMonth' | 'toMonth'>,
): string => {
  const scope = slug(stats.chapterName ?? `${stats.associationName} all chapters`);
  return `statistics-${scope}-${stats.fromMonth}-${stats.toMonth}.csv`;
};
