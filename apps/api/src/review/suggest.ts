import { coordinatedApplications } from '../applications/access.ts';
import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { type ConflictReason, conflictsFor } from './conflicts.ts';
import { currentRound } from './round.ts';

export type ReviewerSuggestion = {
  reviewerId: string;
  openAssignments: number;
  lastAssignedAt: Date | null;
  conflicts: ConflictReason[];
};

/**
 * Reviewers to propose for an application: active, qualified for its level, in its association, not
 * the applicant, not already on it. The `count` best without a conflict come first, ranked by open
 * assignments (fewest first) and then by the longest since their last assignment; every conflicted
 * candidate follows with the reasons, so the coordinator sees why they were passed over and may
 * still override.
 */
export async function suggestReviewers(ctx: Context, applicationId: string, count: number) {
  const app = await ctx.prisma.application.findFirst({
    where: { id: applicationId, ...coordinatedApplications(ctx) },
    select: { id: true, associationId: true, level: true, profile: { select: { userId: true } } },
  });
  if (!app) throw new NotFoundError('No such application.');
  const round = await currentRound(ctx.prisma, applicationId);
  const candidates = await ctx.prisma.user.findMany({
    where: {
      active: true,
      id: { not: app.profile.userId },
      roles: { some: { role: 'REVIEWER', associationId: app.associationId } },
      qualifications: { some: { level: app.level } },
      assignments: { none: { applicationId, round, status: { not: 'WITHDRAWN' } } },
    },
    select: {
      id: true,
      name: true,
      assignments: { select: { status: true, createdAt: true }, orderBy: { createdAt: 'desc' } },
    },
  });
  const ranked: (ReviewerSuggestion & { name: string })[] = [];
  for (const c of candidates) {
    ranked.push({
      reviewerId: c.id,
      name: c.name,
      openAssignments: c.assignments.filter((a) => a.status === 'ASSIGNED').length,
      lastAssignedAt: c.assignments[0]?.createdAt ?? null,
      conflicts: await conflictsFor(ctx.prisma, applicationId, c.id),
    });
  }
  ranked.sort(
    (a, b) =>
      a.openAssignments - b.openAssignments ||
      (a.lastAssignedAt?.getTime() ?? 0) - (b.lastAssignedAt?.getTime() ?? 0) ||
      a.name.localeCompare(b.name),
  );
  const free = ranked.filter((r) => r.conflicts.length === 0).slice(0, count);
  const conflicted = ranked.filter((r) => r.conflicts.length > 0);
  return [...free, ...conflicted];
}
