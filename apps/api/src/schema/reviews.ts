import type { CompetencyDomain } from '@imh/competencies';
import { z } from 'zod';
import { isCoordinatorFor, isStaffFor } from '../applications/access.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { saveReview, submitReview } from '../review/review-form.ts';
import { rubricFor, scoresOf } from '../review/rubric.ts';
import { ApplicationRef } from './applications.ts';
import { authErrors } from './error-types.ts';

const ReviewRecommendationEnum = builder.enumType('ReviewRecommendation', {
  values: ['ENDORSE', 'REQUEST_CHANGES', 'DENY'] as const,
});
const ReviewStatusEnum = builder.enumType('ReviewStatus', { values: ['DRAFT', 'SUBMITTED'] as const });

const RubricCompetencyRef = builder
  .objectRef<CompetencyDomain['competencies'][number]>('RubricCompetency')
  .implement({ fields: (t) => ({ id: t.exposeString('id'), name: t.exposeString('name') }) });

const RubricDomainRef = builder.objectRef<CompetencyDomain>('RubricDomain').implement({
  description: 'One competency domain of the level, scored 1–5 on a review.',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    competencies: t.field({ type: [RubricCompetencyRef], resolve: (d) => [...d.competencies] }),
  }),
});

const ReviewScoreRef = builder.objectRef<{ domainId: string; score: number }>('ReviewScore').implement({
  fields: (t) => ({ domainId: t.exposeString('domainId'), score: t.exposeInt('score') }),
});

// A draft is the reviewer's own until submitted: others (the coordinator) see only that it exists.
const readableContent = (review: { status: string; assignment: { reviewerId: string } }, ctx: Context) =>
  review.status === 'SUBMITTED' || review.assignment.reviewerId === ctx.viewer?.userId;

const withReviewer = { assignment: { select: { reviewerId: true } } } as const;

builder.prismaObject('Review', {
  description: 'A reviewer’s scores, comments and recommendation; read-only once submitted.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: ReviewStatusEnum }),
    assignmentId: t.exposeID('assignmentId'),
    reviewer: t.prismaField({
      type: 'User',
      select: (_args, _ctx, nested) => ({ assignment: { select: { reviewer: nested() } } }),
      resolve: (_query, review) => review.assignment.reviewer,
    }),
    scores: t.field({
      type: [ReviewScoreRef],
      nullable: true,
      description: 'Null on someone else’s draft.',
      select: { scores: true, ...withReviewer },
      resolve: (r, _args, ctx) => (readableContent(r, ctx) ? scoresOf(r.scores) : null),
    }),
    comments: t.string({
      nullable: true,
      select: { comments: true, ...withReviewer },
      resolve: (r, _args, ctx) => (readableContent(r, ctx) ? r.comments : null),
    }),
    recommendation: t.field({
      type: ReviewRecommendationEnum,
      nullable: true,
      select: { recommendation: true, ...withReviewer },
      resolve: (r, _args, ctx) => (readableContent(r, ctx) ? r.recommendation : null),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectFields(ApplicationRef, (t) => ({
  reviews: t.prismaField({
    type: ['Review'],
    description:
      'To its coordinators every review (drafts show only their status); to an assigned reviewer their own.',
    authScopes: (a, _args, ctx) => isStaffFor(ctx, a.id),
    resolve: async (query, a, _args, ctx) => {
      const coordinator = await isCoordinatorFor(ctx, a.id);
      return ctx.prisma.review.findMany({
        ...query,
        where: {
          assignment: {
            applicationId: a.id,
            status: { not: 'WITHDRAWN' },
            ...(coordinator ? {} : { reviewerId: ctx.viewer?.userId ?? '' }),
          },
        },
        orderBy: [{ submittedAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      });
    },
  }),
  rubric: t.field({
    type: [RubricDomainRef],
    description: 'The competency domains a review scores, for this application’s level and edition.',
    authScopes: (a, _args, ctx) => isStaffFor(ctx, a.id),
    select: { ruleEdition: true, level: true, track: true },
    resolve: (a) => rubricFor(a),
  }),
}));

const ReviewScoreInput = builder.inputType('ReviewScoreInput', {
  fields: (t) => ({
    domainId: t.string({ required: true }),
    score: t.int({
      required: true,
      validate: z.number().int().min(1, 'Score 1 to 5.').max(5, 'Score 1 to 5.'),
    }),
  }),
});

const ReviewInput = builder.inputType('ReviewInput', {
  fields: (t) => ({
    scores: t.field({ type: [ReviewScoreInput], required: true }),
    comments: t.string({ required: false, validate: z.string().max(20_000) }),
    recommendation: t.field({ type: ReviewRecommendationEnum, required: false }),
  }),
});

const errors = { types: [...authErrors, NotFoundError, ConflictError] };

builder.mutationFields((t) => ({
  saveReview: t.prismaField({
    type: 'Review',
    description: 'The assigned reviewer saves their draft review (scores 1–5 per rubric domain).',
    authScopes: { reviewer: true },
    errors,
    args: { assignmentId: t.arg.id({ required: true }), input: t.arg({ type: ReviewInput, required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const review = await saveReview(ctx, String(args.assignmentId), args.input);
      return ctx.prisma.review.findUniqueOrThrow({ ...query, where: { id: review.id } });
    },
  }),
  submitReview: t.prismaField({
    type: 'Review',
    description: 'Submits the draft: every domain scored and a recommendation. Read-only afterwards.',
    authScopes: { reviewer: true },
    errors,
    args: { assignmentId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const review = await submitReview(ctx, String(args.assignmentId));
      return ctx.prisma.review.findUniqueOrThrow({ ...query, where: { id: review.id } });
    },
  }),
}));
