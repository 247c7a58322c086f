import { type EvaluationResult, evaluate, type Portfolio } from '@imh/competencies';
import { staffApplications } from '../applications/access.ts';
import { editionById, targetOf } from '../applications/judge.ts';
import type { snapshotOf } from '../applications/submit.ts';
import { toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';

type Snapshot = ReturnType<typeof snapshotOf>;

// One answer per application and request: a queue page reads several staff fields of many rows.
const staffAccessCache = new WeakMap<Context, Map<string, Promise<boolean>>>();

function cacheOf(ctx: Context) {
  let cache = staffAccessCache.get(ctx);
  if (!cache) {
    cache = new Map();
    staffAccessCache.set(ctx, cache);
  }
  return cache;
}

/** Whether the viewer handles this application as staff (staffApplications, the one rule). */
export function canSeeStaffView(ctx: Context, applicationId: string): Promise<boolean> {
  const cache = cacheOf(ctx);
  let answer = cache.get(applicationId);
  if (!answer) {
    answer = ctx.viewer
      ? ctx.prisma.application
          .count({ where: { AND: [{ id: applicationId }, staffApplications(ctx)] } })
          .then((n) => n > 0)
      : Promise.resolve(false);
    cache.set(applicationId, answer);
  }
  return answer;
}

/** Records applications already selected through staffApplications, so their fields skip the check. */
export function markStaffVisible(ctx: Context, applicationIds: string[]): void {
  const cache = cacheOf(ctx);
  for (const id of applicationIds) cache.set(id, Promise.resolve(true));
}

/** The latest round's frozen snapshot, or null before the first submission. */
export async function latestSnapshot(ctx: Context, applicationId: string) {
  const round = await ctx.prisma.applicationSubmission.findFirst({
    where: { applicationId },
    orderBy: { round: 'desc' },
    select: { snapshot: true, submittedAt: true },
  });
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
