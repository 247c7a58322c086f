import type { Portfolio } from '@imh/competencies';

/** The portfolio lists an entry form can change. */
export type RulesSection = 'education' | 'work' | 'trainings' | 'rsc' | 'leadership' | 'memberships';

type EntryOf<S extends RulesSection> = Portfolio[S][number];

// Memberships carry no id in the rules' shape; the same association and period is the same membership.
const keyOf = (entry: object): string =>
  'id' in entry && typeof entry.id === 'string'
    ? `id:${entry.id}`
    : `membership:${JSON.stringify([
        (entry as EntryOf<'memberships'>).association ?? '',
        (entry as EntryOf<'memberships'>).startDate,
        (entry as EntryOf<'memberships'>).endDate,
      ])}`;

/**
 * The portfolio as it would be if the form were saved: `original` (the entry being edited, as the
 * rules see it) is taken out once and `next` (the form's values, or null while they describe nothing
 * countable) put in.
 */
export function withEntry<S extends RulesSection>(
  portfolio: Portfolio,
  section: S,
  next: EntryOf<S> | null,
  original: EntryOf<S> | null = null,
): Portfolio {
  const list: readonly EntryOf<S>[] = portfolio[section];
  const originalKey = original ? keyOf(original) : null;
  const index = originalKey === null ? -1 : list.findIndex((entry) => keyOf(entry) === originalKey);
  const kept = index < 0 ? [...list] : [...list.slice(0, index), ...list.slice(index + 1)];
  return { ...portfolio, [section]: next ? [...kept, next] : kept };
}
