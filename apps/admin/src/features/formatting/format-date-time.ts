const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** ISO timestamps from the API, shown in the reader's locale and time zone. */
export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? formatter.format(new Date(iso)) : '—';
