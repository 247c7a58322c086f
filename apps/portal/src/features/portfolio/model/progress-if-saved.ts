import type { EvaluationResult, Portfolio, Target } from '@imh/competencies';
import { evaluateLive } from '../../progress/live-evaluation';
import { type RulesSection, withEntry } from './with-entry';

type EntryOf<S extends RulesSection> = Portfolio[S][number];

/** The id a new entry has while the rules judge it, before the API gives it one. */
export const NEW_ENTRY_ID = 'unsaved-entry';

interface ProgressIfSaved<S extends RulesSection> {
  portfolio: Portfolio;
  section: S;
  /** The form's values as the rules read them (null: nothing countable yet). */
  next: () => EntryOf<S> | null;
  /** The saved entry the form edits, as the rules read it; null when adding. */
  original: () => EntryOf<S> | null;
  target: Target;
  editionId: string;
  asOf: string;
}

/**
 * The target judged on the portfolio as it would be with the form saved; null while the values are
 * half typed in a way the rules cannot read yet (the next keystroke tries again).
 */
export function progressIfSaved<S extends RulesSection>(args: ProgressIfSaved<S>): EvaluationResult | null {
  try {
    const portfolio = withEntry(args.portfolio, args.section, args.next(), args.original());
    return evaluateLive(portfolio, args.target, args.editionId, args.asOf);
  } catch {
    return null;
  }
}
