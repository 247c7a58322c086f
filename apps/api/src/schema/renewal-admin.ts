import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { editionById } from '../applications/judge.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { approveRenewal, grantExtension, returnRenewal } from '../renewals/coordinate.ts';
import {
  coordinatorToday,
  RENEWAL_BUCKETS,
  type RenewalFilter,
  renewalCounts,
  renewalQueueOrder,
  renewalQueueWhere,
} from '../renewals/dashboard.ts';
import { coordinatedEndorsements } from '../renewals/endorsement.ts';
import { updateRenewalPolicy } from '../renewals/policy-update.ts';
import { renewalSettings, renewalSettingsShape } from '../renewals/settings.ts';
import { EndorsementRef, RenewalPolicyRef } from './endorsements.ts';
import { authErrors } from './error-types.ts';
import { LevelCodeEnum } from './evaluation.ts';

export const RenewalBucketEnum = builder.enumType('RenewalBucket', {
  description:
    'The renewals dashboard: due within 30/60/90 days, submitted and waiting, overdue (in grace), lapsed, renewed this year.',
  values: RENEWAL_BUCKETS,
});

const RenewalFilterInput = builder.inputType('RenewalFilter', {
  fields: (t) => ({
    level: t.field({ type: LevelCodeEnum, required: false }),
    chapterId: t.id({ required: false }),
  }),
});

const BucketCountRef = builder
  .objectRef<{ bucket: (typeof RENEWAL_BUCKETS)[number]; count: number }>('RenewalBucketCount')
  .implement({
    fields: (t) => ({
      bucket: t.field({ type: RenewalBucketEnum, resolve: (c) => c.bucket }),
      count: t.exposeInt('count'),
    }),
  });

type FilterArg = typeof RenewalFilterInput.$inferInput | null | undefined;
export const toRenewalFilter = (filter: FilterArg): Omit<RenewalFilter, 'bucket'> => ({
  level: filter?.level ?? null,
  chapterId: filter?.chapterId == null ? null : String(filter.chapterId),
});

builder.queryFields((t) => ({
  renewalCounts: t.field({
    type: [BucketCountRef],
    description: "How many of the coordinator's endorsements are in each bucket of the renewals dashboard.",
    authScopes: { coordinator: true },
    args: { filter: t.arg({ type: RenewalFilterInput, required: false }) },
    resolve: async (_root, args, ctx) => {
      const counts = await renewalCounts(ctx, toRenewalFilter(args.filter));
      return RENEWAL_BUCKETS.map((bucket) => ({ bucket, count: counts[bucket] }));
    },
  }),
  renewalQueue: t.connection(
    {
      type: EndorsementRef,
      description:
        "The coordinator's endorsements in one bucket of the renewals dashboard (never their own).",
      authScopes: { coordinator: true },
      args: {
        bucket: t.arg({ type: RenewalBucketEnum, required: true }),
        filter: t.arg({ type: RenewalFilterInput, required: false }),
      },
      resolve: async (_root, args, ctx) => {
        const where = renewalQueueWhere(
          ctx,
          { ...toRenewalFilter(args.filter), bucket: args.bucket },
          await coordinatorToday(ctx),
        );
        const totalCount = await ctx.prisma.endorsement.count({ where });
        return resolveOffsetConnection(
          { args, totalCount, defaultSize: 25, maxSize: 100 },
          ({ offset, limit }) =>
            ctx.prisma.endorsement.findMany({
              where,
              orderBy: renewalQueueOrder(args.bucket),
              skip: offset,
              take: limit,
            }),
        );
      },
    },
    {
      name: 'RenewalQueueConnection',
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => conn.totalCount ?? 0 }) }),
    },
  ),
  managedEndorsement: t.prismaField({
    type: EndorsementRef,
    nullable: true,
    description: 'One endorsement of the coordinator’s associations, for the renewal page.',
    authScopes: { coordinator: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.endorsement.findFirst({
        ...query,
        where: { id: String(args.id), ...coordinatedEndorsements(ctx) },
      }),
  }),
  coordinatedAssociations: t.prismaField({
    type: ['Association'],
    description: 'The associations the signed-in coordinator coordinates.',
    authScopes: { coordinator: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.association.findMany({
        ...query,
        where: {
          id: {
            in: ctx.viewer?.roles.filter((r) => r.role === 'COORDINATOR').map((r) => r.associationId) ?? [],
          },
        },
        orderBy: { name: 'asc' },
      }),
  }),
}));

builder.prismaObjectFields('Association', (t) => ({
  renewalPolicy: t.field({
    type: RenewalPolicyRef,
    description: "The association's renewal settings (coordinators of the association).",
    select: { id: true, ruleEdition: true, settings: true },
    authScopes: (a, _args, ctx) =>
      ctx.viewer?.roles.some((r) => r.role === 'COORDINATOR' && r.associationId === a.id) ?? false,
    resolve: (a) => renewalSettings(a.settings, editionById(a.ruleEdition)),
  }),
}));

const RenewalPolicyInput = builder.inputType('RenewalPolicyInput', {
  validate: z.looseObject({
    graceDays: renewalSettingsShape.shape.graceDays,
    reminderDays: renewalSettingsShape.shape.reminderDays,
    reinstatementDays: renewalSettingsShape.shape.reinstatementDays,
    reinstatementReferences: renewalSettingsShape.shape.reinstatementReferences,
    renewalFee: renewalSettingsShape.shape.renewalFee,
    lateFee: renewalSettingsShape.shape.lateFee,
    timeZone: renewalSettingsShape.shape.timeZone,
  }),
  fields: (t) => ({
    graceDays: t.int({ required: true }),
    reminderDays: t.intList({ required: true }),
    reinstatementDays: t.int({ required: true }),
    reinstatementReferences: t.int({ required: true }),
    renewalFee: t.float({ required: true }),
    lateFee: t.float({ required: true }),
    timeZone: t.string({ required: true, description: 'An IANA time zone, e.g. America/Detroit.' }),
  }),
});

const ExtensionInput = builder.inputType('RenewalExtensionInput', {
  validate: z.looseObject({
    reason: z
      .string()
      .trim()
      .min(1, 'Give the reason for the extension.')
      .max(2000, 'Use at most 2000 characters.'),
  }),
  fields: (t) => ({
    until: t.field({ type: 'Date', required: true }),
    reason: t.string({ required: true }),
  }),
});

const errors = { types: [...authErrors, NotFoundError, ConflictError] };

builder.mutationFields((t) => ({
  approveRenewal: t.field({
    type: EndorsementRef,
    description:
      'Approves a submitted renewal (the expiry moves to the next year) or reinstatement (active again from today).',
    authScopes: { coordinator: true },
    errors,
    args: {
      renewalId: t.arg.id({ required: true }),
      conditionsConfirmed: t.arg.boolean({
        required: false,
        description:
          "A reinstatement: the association's conditions (new references, fee, membership) are met.",
      }),
    },
    resolve: (_root, args, ctx) =>
      approveRenewal(ctx, String(args.renewalId), { conditionsConfirmed: args.conditionsConfirmed }),
  }),
  returnRenewal: t.field({
    type: EndorsementRef,
    description: 'Returns a submitted renewal to the endorsee with a message; they can submit it again.',
    authScopes: { coordinator: true },
    errors,
    args: {
      renewalId: t.arg.id({ required: true }),
      message: t.arg.string({
        required: true,
        validate: z
          .string()
          .trim()
          .min(1, 'Tell the endorsee what to change.')
          .max(5000, 'Use at most 5000 characters.'),
      }),
    },
    resolve: (_root, args, ctx) => returnRenewal(ctx, String(args.renewalId), args.message.trim()),
  }),
  grantRenewalExtension: t.field({
    type: EndorsementRef,
    description:
      'Lets the endorsee renew the open year late until a later date, for a reason kept in the audit trail.',
    authScopes: { coordinator: true },
    errors,
    args: {
      endorsementId: t.arg.id({ required: true }),
      input: t.arg({ type: ExtensionInput, required: true }),
    },
    resolve: (_root, args, ctx) =>
      grantExtension(ctx, String(args.endorsementId), {
        until: args.input.until,
        reason: args.input.reason.trim(),
      }),
  }),
  updateRenewalPolicy: t.prismaField({
    type: 'Association',
    description: "Sets the association's grace period, reminders, reinstatement window and fees.",
    authScopes: { coordinator: true },
    errors,
    args: {
      associationId: t.arg.id({ required: true }),
      input: t.arg({ type: RenewalPolicyInput, required: true }),
    },
    resolve: (_query, _root, args, ctx) => updateRenewalPolicy(ctx, String(args.associationId), args.input),
  }),
}));
