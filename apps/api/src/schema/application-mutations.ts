import { z } from 'zod';
import { UnmetRequirementsError } from '../applications/errors.ts';
import {
  acceptAgreement,
  changeTarget,
  startApplication,
  withdrawApplication,
} from '../applications/start.ts';
import { submitApplication } from '../applications/submit.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { AgreementDocumentEnum, ApplicationRef } from './applications.ts';
import { authErrors, ErrorInterface } from './error-types.ts';
import { LevelCodeEnum, MentorTrackEnum, RequirementRef } from './evaluation.ts';

builder.objectType(UnmetRequirementsError, {
  name: 'UnmetRequirementsError',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof UnmetRequirementsError,
  fields: (t) => ({
    unmet: t.field({ type: [RequirementRef], resolve: (e) => e.unmet }),
  }),
});

const TargetInput = builder.inputType('ApplicationTargetInput', {
  fields: (t) => ({
    level: t.field({ type: LevelCodeEnum, required: true }),
    track: t.field({ type: MentorTrackEnum }),
  }),
});

const appErrors = { types: [...authErrors, NotFoundError, ConflictError] };
const optionalMessage = z.string().trim().max(5000, 'Use at most 5000 characters.').nullish();

builder.mutationFields((t) => ({
  startApplication: t.field({
    type: ApplicationRef,
    authScopes: { applicant: true },
    errors: appErrors,
    args: { input: t.arg({ type: TargetInput, required: true }) },
    resolve: (_root, { input }, ctx) => startApplication(ctx, input),
  }),
  changeApplicationTarget: t.field({
    type: ApplicationRef,
    authScopes: { applicant: true },
    errors: appErrors,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: TargetInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => changeTarget(ctx, String(id), input),
  }),
  acceptAgreement: t.field({
    type: ApplicationRef,
    authScopes: { applicant: true },
    errors: appErrors,
    args: {
      applicationId: t.arg.id({ required: true }),
      document: t.arg({ type: AgreementDocumentEnum, required: true }),
      version: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      acceptAgreement(ctx, String(args.applicationId), args.document, args.version),
  }),
  submitApplication: t.field({
    type: ApplicationRef,
    description:
      "Submits, or resubmits after a change request with the applicant's answer. Pressing twice submits once.",
    authScopes: { applicant: true },
    errors: { types: [...appErrors.types, UnmetRequirementsError] },
    args: {
      id: t.arg.id({ required: true }),
      response: t.arg.string({ validate: optionalMessage }),
    },
    resolve: (_root, args, ctx) => submitApplication(ctx, String(args.id), args.response?.trim() || null),
  }),
  withdrawApplication: t.field({
    type: ApplicationRef,
    authScopes: { applicant: true },
    errors: appErrors,
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ validate: optionalMessage }) },
    resolve: (_root, args, ctx) => withdrawApplication(ctx, String(args.id), args.reason?.trim() || null),
  }),
}));
