import { type EvaluationResult, evaluate, type Portfolio } from '@imh/competencies';
import { editionById, targetOf } from '../applications/judge.ts';
import { latestRound } from '../applications/latest-round.ts';
import type { snapshotOf } from '../applications/submit.ts';
import { toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';

type Snapshot = ReturnType<typeof snapshotOf>;

/** The latest round's frozen snapshot, or null before the first submission. */
export async function latestSnapshot(ctx: Context, applicationId: string) {
  const round = await latestRound(ctx, applicationId);
  return round ? { snapshot: round.snapshot as unknown as Snapshot, submittedAt: round.submittedAt } : null;
}

/**
 * The staff portfolio of a round (with what the raters answered), as frozen. Rounds submitted
 * before the snapshot carried a staff view fall back to the applicant's view.
 */
export const staffPortfolioOf = (snapshot: Snapshot): Portfolio =>
  snapshot.staffPortfolio ?? snapshot.portfolio;

/** The rules' judgement of the staff portfolio at the round's date, in the application's edition. */
export function staffEvaluationOf(
  app: {
    level: Parameters<typeof targetOf>[0]['level'];
    track: Parameters<typeof targetOf>[0]['track'] | null;
    ruleEdition: string;
  },
  round: { snapshot: Snapshot; submittedAt: Date },
): EvaluationResult {
  return evaluate(staffPortfolioOf(round.snapshot), targetOf(app), {
    asOf: toIsoDay(round.submittedAt),
    edition: editionById(app.ruleEdition),
  });
}

/** The ids of the documents a round's snapshot lists. */
export const snapshotDocumentIds = (snapshot: Snapshot): string[] => [
  ...new Set(snapshot.documents.map((d) => d.documentId).filter((id): id is string => Boolean(id))),
];
