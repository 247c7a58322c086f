import type { Competency, CompetencyDomain } from '@imh/competencies';
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { InvalidTokenError } from '../errors.ts';
import { openReferenceForm, type RatingForm, submitReferenceRating } from '../references/rating-form.ts';

const CompetencyRef = builder.objectRef<Competency>('Competency').implement({
  fields: (t) => ({ id: t.exposeString('id'), name: t.exposeString('name') }),
});

const DomainRef = builder.objectRef<CompetencyDomain>('CompetencyDomain').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    competencies: t.field({ type: [CompetencyRef], resolve: (d) => [...d.competencies] }),
  }),
});

const RatingFormRef = builder.objectRef<RatingForm>('ReferenceForm').implement({
  description: 'What a rater sees behind the emailed link: who to rate, for what, on which competencies.',
  fields: (t) => ({
    raterName: t.exposeString('raterName'),
    applicantName: t.exposeString('applicantName'),
    levelName: t.exposeString('levelName'),
    knownSince: t.expose('knownSince', { type: 'Date', description: 'As the applicant stated it.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    domains: t.field({ type: [DomainRef], resolve: (f) => f.domains }),
  }),
});

const RatingEntryInput = builder.inputType('CompetencyRatingInput', {
  fields: (t) => ({
    competencyId: t.string({ required: true }),
    rating: t.int({ description: '1 to 5, or null for "not enough information".' }),
  }),
});

const RatingInput = builder.inputType('ReferenceRatingInput', {
  fields: (t) => ({
    knownSince: t.field({ type: 'Date', required: true }),
    ratings: t.field({ type: [RatingEntryInput], required: true }),
    comments: t.string({ validate: z.string().trim().max(5000, 'Use at most 5000 characters.').nullish() }),
  }),
});

const SubmittedRef = builder.objectRef<{ ok: true }>('ReferenceSubmitted').implement({
  fields: (t) => ({ ok: t.exposeBoolean('ok') }),
});

// Raters have no account: the link's token is the only credential, checked on every call.
builder.mutationFields((t) => ({
  openReferenceForm: t.field({
    type: RatingFormRef,
    description: 'Opens the rating form behind an emailed link; the first opening marks the request opened.',
    authScopes: { public: true },
    errors: { types: [InvalidTokenError] },
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => openReferenceForm(ctx, args.token),
  }),
  submitReferenceRating: t.field({
    type: SubmittedRef,
    description: "The rater's ratings and comments. The link works once.",
    authScopes: { public: true },
    errors: { types: [InvalidTokenError, InputValidationError] },
    args: { token: t.arg.string({ required: true }), input: t.arg({ type: RatingInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      await submitReferenceRating(ctx, args.token, {
        knownSince: args.input.knownSince,
        ratings: args.input.ratings.map((r) => ({ competencyId: r.competencyId, rating: r.rating ?? null })),
        comments: args.input.comments?.trim() || null,
      });
      return { ok: true as const };
    },
  }),
}));
