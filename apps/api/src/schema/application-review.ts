import { z } from 'zod';
import { requestChanges, startReview } from '../applications/coordinate.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { ApplicationRef, PortfolioSectionEnum } from './applications.ts';
import { authErrors } from './error-types.ts';

const errors = { types: [...authErrors, NotFoundError, ConflictError] };

builder.mutationFields((t) => ({
  startReview: t.field({
    type: ApplicationRef,
    description: 'The coordinator sends a submitted (or resubmitted) application to review.',
    authScopes: { coordinator: true },
    errors,
    args: { applicationId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => startReview(ctx, String(args.applicationId)),
  }),
  requestChanges: t.field({
    type: ApplicationRef,
    description: 'The coordinator returns the application to the applicant with the changes asked for.',
    authScopes: { coordinator: true },
    errors,
    args: {
      applicationId: t.arg.id({ required: true }),
      message: t.arg.string({
        required: true,
        validate: z.string().trim().min(1, 'Say what the applicant should change.').max(5000),
      }),
      sections: t.arg({ type: [PortfolioSectionEnum], required: true }),
    },
    resolve: (_root, args, ctx) =>
      requestChanges(ctx, String(args.applicationId), args.message.trim(), [...new Set(args.sections)]),
  }),
}));
