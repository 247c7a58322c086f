import type { LevelCode } from '@imh/db';
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { emailRule } from '../auth/email.ts';
import { builder } from '../builder.ts';
import { associationsWhere, type Context } from '../context.ts';
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import { inviteReviewer, setQualifications } from '../reviewers/invite.ts';
import { reviewersWhere, workloadFor } from '../reviewers/roster.ts';
import { LevelCodeEnum, MentorTrackEnum } from './evaluation.ts';
import { UserRef } from './users.ts';

builder.prismaObject('ReviewerQualification', {
  description: 'A level the reviewer may review, with the endorsement that backs it.',
  fields: (t) => ({
    level: t.expose('level', { type: LevelCodeEnum }),
    heldLevel: t.expose('heldLevel', { type: LevelCodeEnum }),
    heldTrack: t.expose('heldTrack', { type: MentorTrackEnum, nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const workloadField = <K extends 'openAssignments' | 'completedAssignments' | 'overdueAssignments'>(key: K) =>
  ({
    resolve: async (u: { id: string }, _args: unknown, ctx: Context) => (await workloadFor(ctx, u.id))[key],
  }) as const;

export const ReviewerRef = builder.prismaObject('User', {
  variant: 'Reviewer',
  description: "A reviewer of the coordinator's associations, with the levels they review and their load.",
  fields: (t) => ({
    user: t.variant(UserRef),
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    active: t.exposeBoolean('active'),
    qualifications: t.relation('qualifications', { query: { orderBy: { level: 'asc' } } }),
    openAssignments: t.int(workloadField('openAssignments')),
    completedAssignments: t.int(workloadField('completedAssignments')),
    overdueAssignments: t.int({
      description: 'Open assignments past their due date.',
      ...workloadField('overdueAssignments'),
    }),
    averageDaysToComplete: t.float({
      nullable: true,
      description: 'Mean days from assignment to completion; null with nothing completed.',
      resolve: async (u, _args, ctx) => (await workloadFor(ctx, u.id)).averageDaysToComplete,
    }),
  }),
});

const InviteReviewerInput = builder.inputType('InviteReviewerInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: z.string().trim().min(1, 'Enter the reviewer’s name.').max(200),
    }),
    email: t.string({ required: true, validate: emailRule }),
    levels: t.field({ type: [LevelCodeEnum], required: true, description: 'The levels they may review.' }),
    heldLevel: t.field({ type: LevelCodeEnum, required: true, description: 'The endorsement they hold.' }),
    heldTrack: t.field({ type: MentorTrackEnum, required: false, description: 'With heldLevel IMHM.' }),
    associationId: t.id({
      required: false,
      description: 'Needed only by a coordinator of several associations: where they will review.',
    }),
  }),
});

const SetReviewerQualificationsInput = builder.inputType('SetReviewerQualificationsInput', {
  fields: (t) => ({
    userId: t.globalID({ required: true, for: UserRef }),
    levels: t.field({ type: [LevelCodeEnum], required: true }),
    heldLevel: t.field({ type: LevelCodeEnum, required: true }),
    heldTrack: t.field({ type: MentorTrackEnum, required: false }),
  }),
});

const errors = { types: [InputValidationError, NotFoundError, ForbiddenError, UnauthenticatedError] };

function inviteAssociation(ctx: Context, requested: string | null): string {
  const mine = associationsWhere(ctx, 'COORDINATOR');
  if (requested) {
    if (!mine.includes(requested)) throw new NotFoundError('No such association of yours.');
    return requested;
  }
  if (mine.length !== 1) {
    throw new FieldValidationError([{ path: 'associationId', message: 'Choose the association.' }]);
  }
  return mine[0] as string;
}

builder.queryField('reviewers', (t) =>
  t.prismaConnection({
    type: ReviewerRef,
    cursor: 'email',
    description: "The reviewers of the coordinator's associations, alphabetical by email: the workload view.",
    authScopes: { coordinator: true },
    args: { search: t.arg.string({ required: false }) },
    totalCount: (_parent, args, ctx) => ctx.prisma.user.count({ where: reviewersWhere(ctx, args.search) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.user.findMany({
        ...query,
        where: reviewersWhere(ctx, args.search),
        orderBy: { email: 'asc' },
      }),
  }),
);

builder.mutationFields((t) => ({
  inviteReviewer: t.field({
    type: ReviewerRef,
    description:
      'Creates a reviewer account (or adds the REVIEWER role to an existing one) and emails a single-use ' +
      'link to choose a password (the portal’s /reset-password page, valid 7 days).',
    authScopes: { coordinator: true },
    errors,
    args: { input: t.arg({ type: InviteReviewerInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      inviteReviewer(ctx, {
        associationId: inviteAssociation(
          ctx,
          input.associationId == null ? null : String(input.associationId),
        ),
        name: input.name.trim(),
        email: input.email,
        levels: input.levels as LevelCode[],
        heldLevel: input.heldLevel,
        heldTrack: input.heldTrack ?? null,
      }),
  }),
  setReviewerQualifications: t.field({
    type: ReviewerRef,
    description:
      'Replaces the levels a reviewer may review. A level above what their endorsement allows is refused.',
    authScopes: { coordinator: true },
    errors,
    args: { input: t.arg({ type: SetReviewerQualificationsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const reviewer = await ctx.prisma.user.findFirst({
        where: { AND: [{ id: input.userId.id }, reviewersWhere(ctx)] },
        select: { id: true },
      });
      if (!reviewer) throw new NotFoundError('No such reviewer in your association.');
      return setQualifications(ctx, reviewer.id, {
        levels: input.levels,
        heldLevel: input.heldLevel,
        heldTrack: input.heldTrack ?? null,
      });
    },
  }),
}));
