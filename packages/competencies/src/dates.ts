/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) without `Date`.
 *
 * Every date in the rules is a civil date with no time of day and no time zone, so we count days
 * with integer "day numbers" (days since 1970-01-01 in the proleptic Gregorian calendar). The
 * conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`, which are exact for every
 * year and give the same answer in Node and in every browser, whatever the machine's time zone.
 */

/** A civil date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** Days since 1970-01-01; 1970-01-01 is 0. */
export type DayNumber = number;

function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// civilFromDays writes here instead of returning an array: it runs in the evaluation's inner loops,
// where an allocation per call was a measurable share of the time.
let civilYear = 0;
let civilMonth = 0;
let civilDay = 0;

function civilFromDays(days: DayNumber): void {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  civilDay = doy - Math.floor((153 * mp + 2) / 5) + 1;
  civilMonth = mp < 10 ? mp + 3 : mp - 9;
  civilYear = yoe + era * 400 + (civilMonth <= 2 ? 1 : 0);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number of a valid ISO date, or NaN. Hand parsing is ~20× faster than a RegExp, and this runs for
 * every date of every portfolio evaluated, so the digits are checked without a helper call per digit.
 */
function parse(value: string): DayNumber {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  // A digit d is 0–9 exactly when d and 9 - d are both non-negative: one OR of all of them has the sign bit set otherwise.
  const digits = y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1;
  const complements = (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - m0) | (9 - m1) | (9 - d0) | (9 - d1);
  if ((digits | complements) < 0) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil4(year, month, day);
}

/**
 * `daysFromCivil` for the four-digit years `parse` reads, in integer arithmetic: shifted by one 400-year
 * era so every quotient is of a non-negative number, truncation (`| 0`) is the floor, and V8 compiles it
 * to integer operations instead of the float divisions and Math.floor calls that showed in profiles.
 */
function daysFromCivil4(year: number, month: number, day: number): DayNumber {
  const y = (month <= 2 ? year - 1 : year) + 400;
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = (((153 * mp + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return (era - 1) * 146097 + doe - 719468;
}

/** True when `value` is a real calendar date written YYYY-MM-DD (2023-02-29 is not). */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(parse(value));
}

/** Parses an ISO date; throws a RangeError on anything else, because a wrong date would silently change a rule's outcome. */
export function toDay(date: IsoDate): DayNumber {
  const day = parse(date);
  if (Number.isNaN(day)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return day;
}

/** "00" to "31": months and days written without a padStart call each (reasons quote many dates). */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

export function fromDay(days: DayNumber): IsoDate {
  civilFromDays(days);
  return `${String(civilYear).padStart(4, '0')}-${TWO_DIGITS[civilMonth]}-${TWO_DIGITS[civilDay]}`;
}

export function yearOf(days: DayNumber): number {
  civilFromDays(days);
  return civilYear;
}

export function dayOf(year: number, month: number, day: number): DayNumber {
  return daysFromCivil(year, month, day);
}

/**
 * Adds calendar months. A day that does not exist in the target month is clamped to its last day
 * (31 Jan + 1 month = 28/29 Feb; 29 Feb + 12 months = 28 Feb), the reading people use for "one year
 * after" a date.
 */
export function addMonths(days: DayNumber, months: number): DayNumber {
  civilFromDays(days);
  const index = civilYear * 12 + (civilMonth - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return daysFromCivil(targetYear, targetMonth, Math.min(civilDay, daysInMonth(targetYear, targetMonth)));
}

/**
 * True when the inclusive period [start, end] lasts at least `months` calendar months: 2022-01-01 to
 * 2022-12-31 is 12 months, 2022-01-02 to 2022-12-31 is not.
 */
export function spansMonths(start: DayNumber, end: DayNumber, months: number): boolean {
  // Fast paths: `months` calendar months last between 28 and 31 days each (a tested property), so most
  // periods are decided without calendar arithmetic, which dominated the RSC window search.
  const length = end - start + 1;
  if (length >= months * 31) return true;
  if (length < months * 28) return false;
  return end >= addMonths(start, months) - 1;
}

/** True when [start, end] is longer than `months` calendar months (does not fit in a window of that many months). */
export function exceedsMonths(start: DayNumber, end: DayNumber, months: number): boolean {
  return spansMonths(start, end - 1, months);
}
