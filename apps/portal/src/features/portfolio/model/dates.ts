import { isIsoDate } from '@imh/competencies';

/** Nothing in a portfolio predates the field; the API refuses earlier years as typos (1095 for 1995). */
export const EARLIEST_DAY = '1950-01-01';

export const isRealDate = (value: string): boolean => isIsoDate(value);

// The API's dates are calendar days; formatting them in UTC keeps a browser west of Greenwich from
// showing the day before.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2019-05-15" → "15 May 2019". */
export const formatDate = (iso: string): string =>
  isRealDate(iso) ? dayFormat.format(new Date(`${iso}T00:00:00Z`)) : iso;

/** "1 August 2020 – present"; `openEnd` names a period that has not ended. */
export const formatPeriod = (start: string, end: string | null | undefined, openEnd = 'present'): string =>
  `${formatDate(start)} – ${end ? formatDate(end) : openEnd}`;

/** Calendar days from start to end, both included (1 for a single day); 0 when either is not a date. */
export const daysInclusive = (start: string, end: string): number => {
  if (!isRealDate(start) || !isRealDate(end)) return 0;
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
};
