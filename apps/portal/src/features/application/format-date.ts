const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
// Calendar days (the API's Date scalar) are UTC midnights; formatting them in local time would show
// the day before west of Greenwich.
const calendarDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const longCalendarDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** A moment (DateTime) as the person's local date. */
export const formatDate = (iso: string): string => dateTime.format(new Date(iso));

/** A calendar day (Date, "2026-09-01") exactly as written. */
export const formatDay = (isoDay: string): string => calendarDay.format(new Date(`${isoDay}T00:00:00Z`));

/** A calendar day in full ("September 1, 2026"), as the API's renewal notices write it. */
export const formatLongDay = (isoDay: string): string =>
  longCalendarDay.format(new Date(`${isoDay}T00:00:00Z`));
