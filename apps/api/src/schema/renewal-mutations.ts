import { UnmetRequirementsError } from '../applications/errors.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { requestReinstatement, signRenewalAgreements, submitRenewal } from '../renewals/endorsee.ts';
import { RenewalClosedError } from '../renewals/errors.ts';
import { logRenewalEntry } from '../renewals/log-hours.ts';
import { RenewalRef } from './endorsements.ts';
import { authErrors, ErrorInterface } from './error-types.ts';
import { rscSection } from './portfolio/rsc.ts';
import { trainingSection } from './portfolio/trainings.ts';

builder.objectType(RenewalClosedError, { name: 'RenewalClosedError', interfaces: [ErrorInterface] });

const errors = { types: [...authErrors, NotFoundError, ConflictError, RenewalClosedError] };

const RenewalSignatureInput = builder.inputType('RenewalSignatureInput', {
  fields: (t) => ({
    codeOfEthicsVersion: t.string({ required: true, description: 'The version read (see `agreements`).' }),
    agreementVersion: t.string({ required: true }),
    attestNoSanction: t.boolean({
      required: true,
      description: 'No licensing board has sanctioned the endorsee: required each year.',
    }),
  }),
});

builder.mutationFields((t) => ({
  signRenewalAgreements: t.field({
    type: RenewalRef,
    description:
      "Signs this year's code of ethics and endorsement agreement, with the attestation of no sanction.",
    authScopes: { applicant: true },
    errors,
    args: {
      endorsementId: t.arg.id({ required: true }),
      input: t.arg({ type: RenewalSignatureInput, required: true }),
    },
    resolve: (_root, args, ctx) => signRenewalAgreements(ctx, String(args.endorsementId), args.input),
  }),
  submitRenewal: t.field({
    type: RenewalRef,
    description:
      "Submits the open year's renewal when every requirement is met; refused, changing nothing, otherwise.",
    authScopes: { applicant: true },
    errors: { types: [...errors.types, UnmetRequirementsError] },
    args: { endorsementId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => submitRenewal(ctx, String(args.endorsementId)),
  }),
  requestReinstatement: t.field({
    type: RenewalRef,
    description:
      "A late renewal of a lapsed endorsement's year, asking the coordinator to reinstate it, within the association's window.",
    authScopes: { applicant: true },
    errors: { types: [...errors.types, UnmetRequirementsError] },
    args: { endorsementId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => requestReinstatement(ctx, String(args.endorsementId)),
  }),
  logRenewalTraining: t.field({
    type: trainingSection.type,
    description:
      "Adds a training to the portfolio for the endorsement's open renewal year; it must be dated in that year.",
    authScopes: { applicant: true },
    errors,
    args: {
      endorsementId: t.arg.id({ required: true }),
      input: t.arg({ type: trainingSection.input, required: true }),
    },
    resolve: (_root, args, ctx) =>
      logRenewalEntry(ctx, String(args.endorsementId), trainingSection, args.input, (i) => [
        { path: 'date', value: i.date },
      ]),
  }),
  logRenewalRsc: t.field({
    type: rscSection.type,
    description:
      "Adds reflective supervision/consultation received in the endorsement's open renewal year; both dates must be in that year.",
    authScopes: { applicant: true },
    errors,
    args: {
      endorsementId: t.arg.id({ required: true }),
      input: t.arg({ type: rscSection.input, required: true }),
    },
    resolve: (_root, args, ctx) =>
      logRenewalEntry(ctx, String(args.endorsementId), rscSection, args.input, (i) => [
        { path: 'startDate', value: i.startDate },
        { path: 'endDate', value: i.endDate },
      ]),
  }),
}));
