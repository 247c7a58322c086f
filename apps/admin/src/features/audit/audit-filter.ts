import type { AuditEntryFilter } from '../../gql/graphql';

/** What the log records entries about (the API's `entityType` strings). */
export const ENTITY_TYPES = [
  { value: 'Application', label: 'Application' },
  { value: 'ReviewAssignment', label: 'Review assignment' },
  { value: 'Review', label: 'Review' },
  { value: 'User', label: 'User' },
  { value: 'ReferenceRequest', label: 'Reference request' },
  { value: 'Association', label: 'Association' },
];

export interface AuditFilterValues {
  action: string;
  entityType: string;
  /** Days as the date inputs give them, YYYY-MM-DD, in the coordinator's own time zone. */
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = { action: '', entityType: '', from: '', to: '' };

const localDay = (day: string, endOfDay: boolean): string | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const moment = endOfDay
    ? new Date(year, month - 1, date, 23, 59, 59, 999)
    : new Date(year, month - 1, date, 0, 0, 0, 0);
  return moment.toISOString();
};

/**
 * The API compares `from` and `to` inclusively with moments, so "To" a day means up to the last
 * millisecond of that day where the coordinator is. Blank or half-typed inputs filter nothing.
 */
export const toAuditFilter = (values: AuditFilterValues): AuditEntryFilter | null => {
  const filter: AuditEntryFilter = {};
  if (values.action.trim()) filter.action = values.action.trim();
  if (values.entityType) filter.entityType = values.entityType;
  const from = localDay(values.from, false);
  const to = localDay(values.to, true);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return Object.keys(filter).length ? filter : null;
};

/** Before/after snapshots for the details dialog; absent ones say so rather than print "null". */
export const formatSnapshot = (value: unknown): string =>
  value == null ? 'Nothing recorded.' : JSON.stringify(value, null, 2);
