import type { Prisma } from '@imh/db';
import { associationsWhere, type Context } from '../context.ts';
import { cachedForRequest, rememberForRequest } from '../request-cache.ts';

/**
 * The applications a viewer handles as staff: as a coordinator of the association, or as a reviewer
 * of the association with an active assignment. Never their own: staff who apply are applicants
 * for that file, and read no rating of their own references.
 */
export function staffApplications(ctx: Context): Prisma.ApplicationWhereInput {
  const userId = ctx.viewer?.userId ?? '';
  return {
    ...notTheirOwn(ctx),
    OR: [
      coordinatorPart(ctx),
      {
        associationId: { in: associationsWhere(ctx, 'REVIEWER') },
        assignments: { some: { reviewerId: userId, status: { not: 'WITHDRAWN' } } },
      },
    ],
  };
}

// The viewer's own files, left out by their profile's id (read with the session; a person has one
// profile at most, made with the account): the rows `profile.userId <> viewer` leaves, without
// joining every application to its profile. No profile, no file of their own.
const notTheirOwn = (ctx: Context): Prisma.ApplicationWhereInput =>
  ctx.viewer?.profileId ? { profileId: { not: ctx.viewer.profileId } } : {};

// The coordinator half of staffApplications, shared with coordinatedApplications so the rule stays one.
const coordinatorPart = (ctx: Context): Prisma.ApplicationWhereInput => ({
  associationId: { in: associationsWhere(ctx, 'COORDINATOR') },
});

/** The part of staffApplications a coordinator runs: every file of their associations but their own. */
export function coordinatedApplications(ctx: Context): Prisma.ApplicationWhereInput {
  return { ...notTheirOwn(ctx), ...coordinatorPart(ctx) };
}

/** The applications a viewer may read: their own and those they handle as staff. */
export function readableApplications(ctx: Context): Prisma.ApplicationWhereInput {
  return { OR: [{ profile: { userId: ctx.viewer?.userId ?? '' } }, staffApplications(ctx)] };
}

type StaffAccess = { staff: boolean; coordinator: boolean };
const NO_ACCESS: StaffAccess = { staff: false, coordinator: false };

// A row already in staffApplications passed the own-file exclusion coordinatedApplications shares
// with it, so coordinatorPart alone is left to decide: whether its association is one the viewer
// coordinates.
const accessOfStaffRow = (ctx: Context, row: { associationId: string }): StaffAccess => ({
  staff: true,
  coordinator: associationsWhere(ctx, 'COORDINATOR').includes(row.associationId),
});

const accessKey = (applicationId: string) => `staff-access:${applicationId}`;

// Both answers from one row, once per request: a page checks them for many fields of each application.
function staffAccess(ctx: Context, applicationId: string): Promise<StaffAccess> {
  return cachedForRequest(ctx, accessKey(applicationId), async () => {
    if (!ctx.viewer) return NO_ACCESS;
    const row = await ctx.prisma.application.findFirst({
      where: { AND: [{ id: applicationId }, staffApplications(ctx)] },
      select: { associationId: true },
    });
    return row ? accessOfStaffRow(ctx, row) : NO_ACCESS;
  });
}

/** Records applications just selected through staffApplications, so their fields ask nothing more. */
export function rememberStaffRows(ctx: Context, rows: { id: string; associationId: string }[]): void {
  for (const row of rows) rememberForRequest(ctx, accessKey(row.id), accessOfStaffRow(ctx, row));
}

/** Whether the viewer runs this application as a coordinator (decisions, assignments, all reviews). */
export async function isCoordinatorFor(ctx: Context, applicationId: string): Promise<boolean> {
  return (await staffAccess(ctx, applicationId)).coordinator;
}

/** Whether the viewer handles this application as staff: its staff view, reference ratings, reviews. */
export async function isStaffFor(ctx: Context, applicationId: string): Promise<boolean> {
  return (await staffAccess(ctx, applicationId)).staff;
}
