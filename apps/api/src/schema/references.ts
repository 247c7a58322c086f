import { z } from 'zod';
import { isStaffFor } from '../applications/access.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { effectiveStatus } from '../references/policy.ts';
import { replaceReference, requestReference, resendReference } from '../references/request.ts';
import { authErrors } from './error-types.ts';
import { LevelCodeEnum } from './evaluation.ts';

export const RaterRoleEnum = builder.enumType('RaterRole', {
  values: [
    'CURRENT_SUPERVISOR',
    'TEACHER_TRAINER_CONSULTANT',
    'RSC_PROVIDER',
    'OTHER_SUPERVISOR',
    'COLLEAGUE',
    'SUPERVISEE',
    'OTHER',
  ] as const,
});

const ReferenceStatusEnum = builder.enumType('ReferenceStatus', {
  values: ['REQUESTED', 'OPENED', 'RECEIVED', 'EXPIRED', 'REPLACED'] as const,
});

const CompetencyRatingRef = builder
  .objectRef<{ competencyId: string; rating: number | null }>('CompetencyRating')
  .implement({
    fields: (t) => ({
      competencyId: t.exposeString('competencyId'),
      rating: t.exposeInt('rating', { nullable: true, description: 'Null: "not enough information".' }),
    }),
  });

builder.prismaObject('ReferenceRating', {
  description: 'Confidential: reviewers and coordinators only, never the applicant.',
  fields: (t) => ({
    knownSince: t.expose('knownSince', { type: 'Date' }),
    ratings: t.field({
      type: [CompetencyRatingRef],
      resolve: (r) =>
        Object.entries(r.ratings as Record<string, number | null>).map(([competencyId, rating]) => ({
          competencyId,
          rating,
        })),
    }),
    comments: t.exposeString('comments', { nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('ReferenceRequest', {
  name: 'Reference',
  fields: (t) => ({
    id: t.exposeID('id'),
    raterName: t.exposeString('raterName'),
    raterEmail: t.exposeString('raterEmail'),
    raterRole: t.expose('raterRole', { type: RaterRoleEnum }),
    raterLevel: t.expose('raterLevel', { type: LevelCodeEnum, nullable: true }),
    knownSince: t.expose('knownSince', { type: 'Date' }),
    status: t.field({ type: ReferenceStatusEnum, resolve: (r, _args, ctx) => effectiveStatus(r, ctx.now()) }),
    sentAt: t.expose('sentAt', { type: 'DateTime' }),
    sendCount: t.exposeInt('sendCount'),
    openedAt: t.expose('openedAt', { type: 'DateTime', nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    rating: t.relation('rating', {
      nullable: true,
      description: "The rater's answer. Confidential: only reviewers and coordinators may read it.",
      authScopes: (r, _args, ctx) => isStaffFor(ctx, r.applicationId),
    }),
  }),
});

const RaterInput = builder.inputType('RaterInput', {
  fields: (t) => ({
    raterName: t.string({
      required: true,
      // The name opens an email to an address the applicant chose: a name, not a message or a link.
      validate: z
        .string()
        .trim()
        .min(1, "Enter the rater's name.")
        .max(120, 'Use at most 120 characters.')
        .refine((name) => !/[\r\n<>]|:\/\/|www\./i.test(name), "Enter only the rater's name."),
    }),
    raterEmail: t.string({
      required: true,
      validate: z.string().trim().toLowerCase().max(254).email('Enter a valid email address.'),
    }),
    raterRole: t.field({ type: RaterRoleEnum, required: true }),
    raterLevel: t.field({ type: LevelCodeEnum, description: "The rater's own Endorsement, if any." }),
    knownSince: t.field({ type: 'Date', required: true }),
  }),
});

const referenceErrors = { types: [...authErrors, NotFoundError, ConflictError] };

builder.mutationFields((t) => ({
  requestReference: t.prismaField({
    type: 'ReferenceRequest',
    description: 'Asks a rater: they receive an email with a single-use link that expires.',
    authScopes: { applicant: true },
    errors: referenceErrors,
    args: { applicationId: t.arg.id({ required: true }), input: t.arg({ type: RaterInput, required: true }) },
    resolve: (_query, _root, args, ctx) => requestReference(ctx, String(args.applicationId), args.input),
  }),
  resendReference: t.prismaField({
    type: 'ReferenceRequest',
    description: 'Sends a new link (the old one stops working) with a new expiry.',
    authScopes: { applicant: true },
    errors: referenceErrors,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, args, ctx) => resendReference(ctx, String(args.id)),
  }),
  replaceReference: t.prismaField({
    type: 'ReferenceRequest',
    description: 'Retires a rater and asks another in their place.',
    authScopes: { applicant: true },
    errors: referenceErrors,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: RaterInput, required: true }) },
    resolve: (_query, _root, args, ctx) => replaceReference(ctx, String(args.id), args.input),
  }),
}));
