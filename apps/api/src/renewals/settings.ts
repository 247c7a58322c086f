import type { Edition } from '@imh/competencies';
import { z } from 'zod';

/**
 * An association's renewal policy, kept in Association.settings (JSON) so each association sets its
 * own. Defaults follow domain.md: reminders 60, 30 and 7 days ahead; late renewals through the
 * edition's grace period (31 days in Michigan's and Virginia's editions); a lapsed endorsee
 * reinstated with three new references, a processing fee and membership.
 */
export const renewalSettingsShape = z.object({
  /** Days after the due date a late renewal (with the late fee) is still accepted; then it lapses. */
  graceDays: z.number().int().min(0).max(365),
  /** Days before the due date a reminder goes out, one per value. */
  reminderDays: z.array(z.number().int().min(1).max(365)).min(1).max(6),
  /** How long after a lapse the endorsee may still ask to be reinstated (0: they apply anew). */
  reinstatementDays: z.number().int().min(0).max(3650),
  /** New references a reinstatement needs; the coordinator confirms them before reinstating. */
  reinstatementReferences: z.number().int().min(0).max(10),
  /** Shown to endorsees; payments are handled outside the system. */
  renewalFee: z.number().min(0).max(10_000),
  lateFee: z.number().min(0).max(10_000),
  /** The association's time zone: its calendar days decide what is due, late or lapsed. */
  timeZone: z.string().refine(isTimeZone, 'Choose a time zone such as America/Detroit.'),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Building a formatter costs far more than formatting with one (a statistics answer spent half a
// millisecond on it); there are only as many as the time zones in use.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) it is at `now` in a time zone. */
export function localDay(now: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

export type RenewalSettings = z.infer<typeof renewalSettingsShape>;

export const defaultRenewalSettings = (edition: Edition): RenewalSettings => ({
  graceDays: edition.status.graceDays,
  reminderDays: [60, 30, 7],
  reinstatementDays: 365,
  reinstatementReferences: 3,
  renewalFee: 40,
  lateFee: 35,
  // Michigan and Virginia, the associations the rules come from, keep Eastern time.
  timeZone: 'America/New_York',
});

/** The stored settings over the defaults; a malformed stored value falls back to its default. */
export function renewalSettings(stored: unknown, edition: Edition): RenewalSettings {
  const defaults = defaultRenewalSettings(edition);
  const raw = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const merged = Object.fromEntries(
    Object.entries(defaults).map(([key, fallback]) => {
      const parsed = renewalSettingsShape.shape[key as keyof RenewalSettings].safeParse(raw[key]);
      return [key, parsed.success ? parsed.data : fallback];
    }),
  ) as RenewalSettings;
  return { ...merged, reminderDays: [...new Set(merged.reminderDays)].sort((a, b) => b - a) };
}

/** The edition with the association's grace period: the rules package reads it from the edition. */
export const withGrace = (edition: Edition, settings: RenewalSettings): Edition => ({
  ...edition,
  status: { ...edition.status, graceDays: settings.graceDays },
});
