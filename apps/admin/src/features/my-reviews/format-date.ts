const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Due dates are days, not moments: the time of day would only add noise to the list. */
export const formatDate = (iso: string | null | undefined): string =>
  iso ? formatter.format(new Date(iso)) : '—';
