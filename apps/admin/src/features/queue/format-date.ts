const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * A timestamp or a calendar day (YYYY-MM-DD) as a date in the reader's locale. Calendar days are read
 * at noon UTC so that no time zone shifts them to the day before.
 */
export const formatDate = (value: string | null | undefined): string => {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return formatter.format(date);
};
