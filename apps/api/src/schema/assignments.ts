import { z } from 'zod';
import { isCoordinatorFor, staffApplications } from '../applications/access.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { assignReviewer, unassignReviewer } from '../review/assign.ts';
import type { ConflictReason } from '../review/conflicts.ts';
import { declareConflict } from '../review/declare.ts';
import { ConflictOfInterestError } from '../review/errors.ts';
import { type ReviewerSuggestion, suggestReviewers } from '../review/suggest.ts';
import { ApplicationRef } from './applications.ts';
import { authErrors, ErrorInterface } from './error-types.ts';
import { UserRef } from './users.ts';

export const AssignmentStatusEnum = builder.enumType('AssignmentStatus', {
  values: ['ASSIGNED', 'COMPLETED', 'WITHDRAWN'] as const,
});

const ConflictKindEnum = builder.enumType('ConflictKind', {
  values: ['REFERENCE_RATER', 'RSC_PROVIDER', 'SAME_EMPLOYER', 'DECLARED'] as const,
});

const ConflictReasonRef = builder.objectRef<ConflictReason>('ConflictReason').implement({
  description: 'Why a reviewer should not review an application; `detail` reads after the reviewer’s name.',
  fields: (t) => ({
    kind: t.field({ type: ConflictKindEnum, resolve: (r) => r.kind }),
    detail: t.exposeString('detail'),
  }),
});

builder.objectType(ConflictOfInterestError, {
  name: 'ConflictOfInterestError',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof ConflictOfInterestError,
  fields: (t) => ({ reasons: t.field({ type: [ConflictReasonRef], resolve: (e) => e.reasons }) }),
});

builder.prismaObject('ReviewAssignment', {
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: AssignmentStatusEnum }),
    round: t.exposeInt('round', { description: 'The submission round this assignment reviews.' }),
    dueAt: t.expose('dueAt', { type: 'DateTime' }),
    overdue: t.boolean({
      resolve: (a, _args, ctx) => a.status === 'ASSIGNED' && a.dueAt < ctx.now(),
    }),
    overrideReason: t.exposeString('overrideReason', {
      nullable: true,
      description: 'Set when the coordinator assigned this reviewer despite a conflict of interest.',
    }),
    assignedAt: t.expose('createdAt', { type: 'DateTime' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    reviewer: t.relation('reviewer'),
    application: t.relation('application'),
    review: t.relation('review', { nullable: true }),
  }),
});

const SuggestionRef = builder.objectRef<ReviewerSuggestion>('ReviewerSuggestion').implement({
  description: 'A reviewer proposed for an application, with their load and any conflict of interest.',
  fields: (t) => ({
    reviewer: t.prismaField({
      type: 'User',
      resolve: (query, s, _args, ctx) =>
        ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: s.reviewerId } }),
    }),
    openAssignments: t.exposeInt('openAssignments'),
    lastAssignedAt: t.expose('lastAssignedAt', { type: 'DateTime', nullable: true }),
    conflicted: t.boolean({ resolve: (s) => s.conflicts.length > 0 }),
    conflicts: t.field({ type: [ConflictReasonRef], resolve: (s) => s.conflicts }),
  }),
});

builder.prismaObjectFields(ApplicationRef, (t) => ({
  assignments: t.relation('assignments', {
    description: 'The reviewers assigned, withdrawn ones included. Coordinators only.',
    authScopes: (a, _args, ctx) => isCoordinatorFor(ctx, a.id),
    query: { orderBy: { createdAt: 'asc' } },
  }),
}));

const applicationErrors = { types: [...authErrors, NotFoundError, ConflictError] };

builder.queryFields((t) => ({
  suggestReviewers: t.field({
    type: [SuggestionRef],
    description:
      'Reviewers for an application: the `count` least loaded without a conflict, then every conflicted one with the reasons.',
    authScopes: { coordinator: true },
    args: {
      applicationId: t.arg.id({ required: true }),
      count: t.arg.int({ required: false, validate: z.number().int().min(1).max(20) }),
    },
    resolve: (_root, args, ctx) => suggestReviewers(ctx, String(args.applicationId), args.count ?? 2),
  }),
  myAssignments: t.prismaField({
    type: ['ReviewAssignment'],
    description: "The signed-in reviewer's assignments, soonest due first.",
    authScopes: { reviewer: true },
    args: { status: t.arg({ type: AssignmentStatusEnum, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.reviewAssignment.findMany({
        ...query,
        where: {
          reviewerId: ctx.viewer?.userId ?? '',
          ...(args.status ? { status: args.status } : {}),
          application: staffApplications(ctx),
        },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  assignReviewer: t.prismaField({
    type: 'ReviewAssignment',
    description:
      'Assigns a reviewer (due in 21 days unless `dueAt`). A conflicted reviewer is refused with ConflictOfInterestError unless `overrideReason` is given.',
    authScopes: { coordinator: true },
    errors: { types: [...applicationErrors.types, ConflictOfInterestError] },
    args: {
      applicationId: t.arg.id({ required: true }),
      reviewerId: t.arg.globalID({ required: true, for: UserRef }),
      dueAt: t.arg({ type: 'DateTime', required: false }),
      overrideReason: t.arg.string({ required: false, validate: z.string().trim().max(2000) }),
    },
    resolve: async (query, _root, args, ctx) => {
      const assignment = await assignReviewer(ctx, String(args.applicationId), {
        reviewerId: args.reviewerId.id,
        dueAt: args.dueAt,
        overrideReason: args.overrideReason,
      });
      return ctx.prisma.reviewAssignment.findUniqueOrThrow({ ...query, where: { id: assignment.id } });
    },
  }),
  unassignReviewer: t.prismaField({
    type: 'ReviewAssignment',
    description: 'Withdraws a reviewer who has not submitted yet.',
    authScopes: { coordinator: true },
    errors: applicationErrors,
    args: { assignmentId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const assignment = await unassignReviewer(ctx, String(args.assignmentId));
      return ctx.prisma.reviewAssignment.findUniqueOrThrow({ ...query, where: { id: assignment.id } });
    },
  }),
  declareConflict: t.boolean({
    description:
      'A reviewer declares a conflict of interest with the applicant of an application assigned or offered to them; an open assignment is withdrawn.',
    authScopes: { reviewer: true },
    errors: applicationErrors,
    args: {
      applicationId: t.arg.id({ required: true }),
      reason: t.arg.string({
        required: true,
        validate: z.string().trim().min(1, 'Say what the conflict is.').max(2000),
      }),
    },
    resolve: async (_root, args, ctx) => {
      await declareConflict(ctx, String(args.applicationId), args.reason.trim());
      return true;
    },
  }),
}));
