import type { RenewalResult } from '@imh/competencies';
import type { Renewal } from '@imh/db';
import { builder } from '../builder.ts';
import { fromIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { ForbiddenError } from '../errors.ts';
import { renewalWindow } from '../renewals/endorsee.ts';
import { endorsementInclude, type LoadedEndorsement, policyOf } from '../renewals/endorsement.ts';
import { evaluateRenewal } from '../renewals/evaluate.ts';
import { LevelCodeEnum, MentorTrackEnum, RequirementRef } from './evaluation.ts';
import { canReadPortfolio } from './portfolio/access.ts';
import { RscEntryRef } from './portfolio/rsc.ts';
import { TrainingEntryRef } from './portfolio/trainings.ts';

export const EndorsementStatusEnum = builder.enumType('EndorsementStatus', {
  values: ['ACTIVE', 'INACTIVE', 'LAPSED', 'REVOKED'] as const,
});
const StandingStatusEnum = builder.enumType('RenewalStandingStatus', {
  description:
    'Where an endorsement stands today: ACTIVE; RENEWAL_DUE (within the notice period before the due date); ' +
    'GRACE (past the due date, a late renewal still accepted); LAPSED; INACTIVE or REVOKED (set by the association).',
  values: ['ACTIVE', 'RENEWAL_DUE', 'GRACE', 'LAPSED', 'INACTIVE', 'REVOKED'] as const,
});
const RenewalStatusEnum = builder.enumType('RenewalStatus', {
  values: ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const,
});
const RenewalKindEnum = builder.enumType('RenewalKind', {
  description: 'A yearly renewal, or a late renewal after a lapse that asks to reinstate the endorsement.',
  values: ['RENEWAL', 'REINSTATEMENT'] as const,
});

export const RenewalEvaluationRef = builder.objectRef<RenewalResult>('RenewalEvaluation').implement({
  description: "One renewal year judged by @imh/competencies: the year's requirements and their progress.",
  fields: (t) => ({
    editionId: t.exposeString('editionId'),
    year: t.exposeInt('year'),
    dueOn: t.field({ type: 'Date', resolve: (r) => r.dueOn }),
    met: t.exposeBoolean('met'),
    requirements: t.field({ type: [RequirementRef], resolve: (r) => r.requirements }),
  }),
});

export const RenewalRef = builder.prismaObject('Renewal', {
  description: "One year's renewal of an endorsement: signatures, submission, decision and any extension.",
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    kind: t.expose('kind', { type: RenewalKindEnum }),
    status: t.expose('status', { type: RenewalStatusEnum }),
    late: t.exposeBoolean('late', { description: 'Submitted after the due date: the late fee applies.' }),
    message: t.exposeString('message', {
      nullable: true,
      description: "The coordinator's message when returned.",
    }),
    codeOfEthicsAcceptedAt: t.expose('codeOfEthicsAcceptedAt', { type: 'DateTime', nullable: true }),
    agreementAcceptedAt: t.expose('agreementAcceptedAt', { type: 'DateTime', nullable: true }),
    noSanctionAttestedAt: t.expose('noSanctionAttestedAt', { type: 'DateTime', nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    extendedUntil: t.expose('extendedUntil', { type: 'Date', nullable: true }),
    extensionReason: t.exposeString('extensionReason', { nullable: true }),
    evaluation: t.field({
      type: RenewalEvaluationRef,
      nullable: true,
      description: 'The requirements as judged when it was submitted.',
      resolve: (r: Renewal) => (r.evaluation as RenewalResult | null) ?? null,
    }),
  }),
});

type Standing = ReturnType<typeof renewalWindow> & { endorsement: LoadedEndorsement };

export const RenewalPolicyRef = builder
  .objectRef<ReturnType<typeof policyOf>['settings']>('RenewalPolicy')
  .implement({
    description: "The association's renewal settings.",
    fields: (t) => ({
      graceDays: t.exposeInt('graceDays', {
        description: 'Days after the due date a late renewal is accepted.',
      }),
      reminderDays: t.exposeIntList('reminderDays', {
        description: 'Days before the due date reminders go out.',
      }),
      reinstatementDays: t.exposeInt('reinstatementDays', {
        description: 'Days after a lapse a reinstatement may be asked for (0: never).',
      }),
      reinstatementReferences: t.exposeInt('reinstatementReferences'),
      renewalFee: t.exposeFloat('renewalFee'),
      lateFee: t.exposeFloat('lateFee'),
      timeZone: t.exposeString('timeZone', {
        description: "The association's calendar days decide what is due.",
      }),
    }),
  });

const StandingRef = builder.objectRef<Standing>('RenewalStanding').implement({
  description: 'The renewal year open for an endorsement, and what its holder can do about it today.',
  fields: (t) => ({
    status: t.field({
      type: StandingStatusEnum,
      resolve: (s) =>
        s.endorsement.status === 'INACTIVE' || s.endorsement.status === 'REVOKED'
          ? s.endorsement.status
          : s.lapsed
            ? 'LAPSED'
            : s.standing.status === 'lapsed'
              ? // Past grace but not lapsed: a renewal sent in time waits for the coordinator.
                'GRACE'
              : (s.standing.status.toUpperCase() as 'ACTIVE' | 'RENEWAL_DUE' | 'GRACE'),
    }),
    year: t.int({ description: 'The renewal year open (or the year that lapsed).', resolve: (s) => s.year }),
    dueOn: t.field({ type: 'Date', resolve: (s) => s.standing.dueOn }),
    graceEndsOn: t.field({ type: 'Date', resolve: (s) => s.standing.graceEndsOn }),
    lapsedOn: t.field({ type: 'Date', nullable: true, resolve: (s) => s.lapsedOn }),
    reinstateUntil: t.field({ type: 'Date', nullable: true, resolve: (s) => s.reinstateUntil }),
    canReinstate: t.boolean({ resolve: (s) => s.canReinstate }),
    renewal: t.field({
      type: RenewalRef,
      nullable: true,
      description: "This year's renewal, once started (signed, submitted, extended).",
      resolve: (s) => s.renewal ?? null,
    }),
  }),
});

/** Loaded once per request and endorsement, however many fields ask. */
async function loaded(ctx: Context, id: string): Promise<LoadedEndorsement> {
  const cache =
    (ctx as Context & { endorsements?: Map<string, Promise<LoadedEndorsement>> }).endorsements ??
    new Map<string, Promise<LoadedEndorsement>>();
  (ctx as Context & { endorsements?: typeof cache }).endorsements = cache;
  let hit = cache.get(id);
  if (!hit) {
    hit = ctx.prisma.endorsement.findUniqueOrThrow({ where: { id }, include: endorsementInclude });
    cache.set(id, hit);
  }
  return hit;
}

/**
 * The renewal side of an endorsement (standing, renewals and their messages and reasons, dates of
 * grace and lapse, requirements, hours, policy) is for its holder and the association's
 * coordinators; a reviewer who reaches the endorsement through an application sees only the grant
 * itself (number, level, status, dates of grant and expiry).
 */
async function forHolderOrCoordinator(ctx: Context, id: string): Promise<LoadedEndorsement> {
  const e = await loaded(ctx, id);
  if (!canReadPortfolio(ctx.viewer, e.profile)) throw new ForbiddenError();
  return e;
}

export const EndorsementRef = builder.prismaObject('Endorsement', {
  description: 'A granted endorsement, numbered, with its dates and its yearly renewals.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
    level: t.expose('level', { type: LevelCodeEnum }),
    track: t.expose('track', { type: MentorTrackEnum, nullable: true }),
    status: t.expose('status', { type: EndorsementStatusEnum }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    expiresOn: t.expose('expiresOn', {
      type: 'Date',
      description: 'The due date of the first renewal year not yet renewed.',
    }),
    graceEndsOn: t.field({
      type: 'Date',
      description: 'The last day a late renewal is accepted (grace, or an extension).',
      resolve: async (e, _args, ctx) => (await forHolderOrCoordinator(ctx, e.id)).graceEndsOn,
    }),
    lapsedOn: t.field({
      type: 'Date',
      nullable: true,
      resolve: async (e, _args, ctx) => (await forHolderOrCoordinator(ctx, e.id)).lapsedOn,
    }),
    reinstatedOn: t.field({
      type: 'Date',
      nullable: true,
      resolve: async (e, _args, ctx) => (await forHolderOrCoordinator(ctx, e.id)).reinstatedOn,
    }),
    applicationId: t.exposeID('applicationId', { nullable: true }),
    holderName: t.string({
      select: { profile: { select: { user: { select: { name: true } } } } },
      resolve: (e) => e.profile.user.name,
    }),
    holderEmail: t.string({
      resolve: async (e, _args, ctx) => (await forHolderOrCoordinator(ctx, e.id)).profile.user.email,
    }),
    chapterName: t.string({
      nullable: true,
      select: {
        profile: { select: { userId: true, associationId: true, chapter: { select: { name: true } } } },
      },
      resolve: (e, _args, ctx) => {
        if (!canReadPortfolio(ctx.viewer, e.profile)) throw new ForbiddenError();
        return e.profile.chapter?.name ?? null;
      },
    }),
    standing: t.field({
      type: StandingRef,
      resolve: async (e, _args, ctx) => {
        const full = await forHolderOrCoordinator(ctx, e.id);
        return { ...renewalWindow(full, ctx.now()), endorsement: full };
      },
    }),
    renewalEvaluation: t.field({
      type: RenewalEvaluationRef,
      description:
        "The open renewal year's requirements judged today on the holder's portfolio (for a lapsed " +
        'endorsement, the lapsed year as a reinstatement would be judged).',
      resolve: async (e, _args, ctx) => {
        const full = await forHolderOrCoordinator(ctx, e.id);
        const policy = policyOf(full);
        const window = renewalWindow(full, ctx.now(), policy);
        return evaluateRenewal(ctx.prisma, full, window.year, ctx.now(), policy, {
          reinstatement: window.lapsed,
        });
      },
    }),
    renewals: t.field({
      type: [RenewalRef],
      description: 'Every renewal year started, newest first.',
      resolve: async (e, _args, ctx) =>
        [...(await forHolderOrCoordinator(ctx, e.id)).renewals].sort((a, b) => b.year - a.year),
    }),
    policy: t.field({
      type: RenewalPolicyRef,
      resolve: async (e, _args, ctx) => policyOf(await forHolderOrCoordinator(ctx, e.id)).settings,
    }),
    yearTrainings: t.field({
      type: [TrainingEntryRef],
      description: 'Trainings dated in the open renewal year, newest first.',
      resolve: async (e, _args, ctx) => {
        const full = await forHolderOrCoordinator(ctx, e.id);
        const { year } = renewalWindow(full, ctx.now());
        return ctx.prisma.trainingEntry.findMany({
          where: { profileId: full.profile.id, date: yearRange(year) },
          orderBy: [{ date: 'desc' }, { id: 'asc' }],
        });
      },
    }),
    yearRsc: t.field({
      type: [RscEntryRef],
      description: 'Reflective supervision/consultation entries within the open renewal year.',
      resolve: async (e, _args, ctx) => {
        const full = await forHolderOrCoordinator(ctx, e.id);
        const { year } = renewalWindow(full, ctx.now());
        return ctx.prisma.rscEntry.findMany({
          where: { profileId: full.profile.id, startDate: yearRange(year), endDate: yearRange(year) },
          orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
        });
      },
    }),
  }),
});

const yearRange = (year: number) => ({
  gte: fromIsoDay(`${year}-01-01`),
  lte: fromIsoDay(`${year}-12-31`),
});

builder.queryField('myEndorsements', (t) =>
  t.prismaField({
    type: [EndorsementRef],
    description: "The signed-in person's endorsements, newest first.",
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.endorsement.findMany({
        ...query,
        where: { profile: { userId: ctx.viewer?.userId ?? '' } },
        orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
      }),
  }),
);
