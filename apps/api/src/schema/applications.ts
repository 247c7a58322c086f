import { type EvaluationResult, levelName, TRACK_NAMES } from '@imh/competencies';
import { readableApplications } from '../applications/access.ts';
import { AGREEMENTS, type AgreementText } from '../applications/agreements.ts';
import { editionById, judge, rulesPortfolioOf, targetOf } from '../applications/judge.ts';
import { latestRound } from '../applications/latest-round.ts';
import { EDITABLE_STATUSES } from '../applications/statuses.ts';
import { snapshotPortfolio } from '../applications/submit.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { profilePortfolio } from '../portfolio/profile-portfolio.ts';
import { applicationEvidenceInclude } from '../portfolio/rules-portfolio.ts';
import { cachedForRequest } from '../request-cache.ts';
import { EvaluationRef, LevelCodeEnum, MentorTrackEnum } from './evaluation.ts';

export const ApplicationStatusEnum = builder.enumType('ApplicationStatus', {
  values: [
    'DRAFT',
    'SUBMITTED',
    'IN_REVIEW',
    'CHANGES_REQUESTED',
    'RESUBMITTED',
    'EXAM_PENDING',
    'ENDORSED',
    'DENIED',
    'WITHDRAWN',
  ] as const,
});

export const AgreementDocumentEnum = builder.enumType('AgreementDocument', {
  values: ['CODE_OF_ETHICS', 'ENDORSEMENT_AGREEMENT'] as const,
});

/** The parts of a portfolio a change request can name, as the portal's sections are called. */
export const PortfolioSectionEnum = builder.enumType('PortfolioSection', {
  values: [
    'PROFILE',
    'EDUCATION',
    'WORK',
    'TRAINING',
    'RSC',
    'LEADERSHIP',
    'MEMBERSHIP',
    'REFERENCES',
    'AGREEMENTS',
  ] as const,
});

const AgreementRef = builder.objectRef<AgreementText>('Agreement').implement({
  description: 'A text applicants accept; the version is stored with the acceptance.',
  fields: (t) => ({
    document: t.field({ type: AgreementDocumentEnum, resolve: (a) => a.document }),
    version: t.exposeString('version'),
    title: t.exposeString('title'),
    paragraphs: t.exposeStringList('paragraphs'),
  }),
});

builder.prismaObject('ApplicationEvent', {
  description: 'One step of the status timeline.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fromStatus: t.expose('fromStatus', { type: ApplicationStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: ApplicationStatusEnum }),
    message: t.exposeString('message', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('ApplicationSubmission', {
  description: 'One round of submission, frozen: what was submitted and how the rules judged it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    round: t.exposeInt('round'),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    response: t.exposeString('response', {
      nullable: true,
      description: "The applicant's answer to the change request this round responds to.",
    }),
    evaluation: t.field({ type: EvaluationRef, resolve: (s) => s.evaluation as unknown as EvaluationResult }),
    portfolio: t.field({
      type: 'JSON',
      description: 'The portfolio as submitted, in the shape of @imh/competencies Portfolio.',
      resolve: (s) => snapshotPortfolio(s.snapshot),
    }),
  }),
});

builder.prismaObject('Decision', {
  name: 'ChangeRequest',
  description: 'What the reviewers asked the applicant to change, through the coordinator.',
  fields: (t) => ({
    id: t.exposeID('id'),
    message: t.exposeString('message', { nullable: true }),
    sections: t.field({
      type: [PortfolioSectionEnum],
      resolve: (d) => d.sections as (typeof PortfolioSectionEnum.$inferType)[],
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

// Once per request: the evaluation and the portfolio it judged are read together, and the owner's
// portfolio is the one the progress page also reads alone (profilePortfolio).
function loadJudged(ctx: Context, id: string) {
  return cachedForRequest(ctx, `judged:${id}`, async () => {
    const app = await ctx.prisma.application.findUniqueOrThrow({
      where: { id },
      include: applicationEvidenceInclude,
    });
    const profile = await profilePortfolio(ctx, app.profileId);
    if (!profile) throw new NotFoundError('No such application.');
    return { ...app, profile };
  });
}

export const ApplicationRef = builder.prismaObject('Application', {
  fields: (t) => ({
    id: t.exposeID('id'),
    level: t.expose('level', { type: LevelCodeEnum }),
    track: t.expose('track', { type: MentorTrackEnum, nullable: true }),
    targetName: t.string({
      description: "The level's name in the application's edition, with the Mentor track.",
      resolve: (a) => {
        const target = targetOf(a);
        const name = levelName(editionById(a.ruleEdition), target.level) ?? target.level;
        return target.track ? `${name} (${TRACK_NAMES[target.track]})` : name;
      },
    }),
    editionId: t.exposeString('ruleEdition', {
      description: 'The rules edition that judges this application.',
    }),
    status: t.expose('status', { type: ApplicationStatusEnum }),
    editable: t.boolean({
      description: 'Whether the applicant may change the portfolio and evidence for this application now.',
      resolve: (a) => EDITABLE_STATUSES.includes(a.status),
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    codeOfEthicsVersion: t.exposeString('codeOfEthicsVersion', { nullable: true }),
    codeOfEthicsAcceptedAt: t.expose('codeOfEthicsAcceptedAt', { type: 'DateTime', nullable: true }),
    agreementVersion: t.exposeString('agreementVersion', { nullable: true }),
    agreementAcceptedAt: t.expose('agreementAcceptedAt', { type: 'DateTime', nullable: true }),
    applicantName: t.string({
      select: { profile: { select: { user: { select: { name: true } } } } },
      resolve: (a) => a.profile.user.name,
    }),
    events: t.relation('events', { query: { orderBy: { createdAt: 'asc' } } }),
    submissions: t.relation('submissions', { query: { orderBy: { round: 'asc' } } }),
    changeRequests: t.relation('decisions', {
      query: { where: { kind: 'REQUEST_CHANGES' }, orderBy: { createdAt: 'desc' } },
    }),
    references: t.relation('references', {
      description: 'The raters asked, newest first; replaced raters are left out.',
      query: { where: { status: { not: 'REPLACED' } }, orderBy: { sentAt: 'desc' } },
    }),
    evaluation: t.field({
      type: EvaluationRef,
      description:
        'The rules judgement: while the applicant may edit, of the current portfolio today; once ' +
        'submitted, the judgement frozen with the latest round.',
      resolve: async (a, _args, ctx) => {
        if (!EDITABLE_STATUSES.includes(a.status)) {
          const round = await latestRound(ctx, a.id);
          if (round) return round.evaluation as unknown as EvaluationResult;
        }
        return judge(await loadJudged(ctx, a.id), ctx.now());
      },
    }),
    rulesPortfolio: t.field({
      type: 'JSON',
      description:
        'The portfolio the evaluation judged, in the shape of @imh/competencies Portfolio, so that a ' +
        'client can run the same rules on it as the person edits.',
      resolve: async (a, _args, ctx) => {
        if (!EDITABLE_STATUSES.includes(a.status)) {
          const round = await latestRound(ctx, a.id);
          if (round) return snapshotPortfolio(round.snapshot);
        }
        return rulesPortfolioOf(await loadJudged(ctx, a.id));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  agreements: t.field({
    type: [AgreementRef],
    description: 'The current code of ethics and endorsement agreement.',
    authScopes: { signedIn: true },
    resolve: () => Object.values(AGREEMENTS),
  }),
  myApplications: t.prismaField({
    type: ['Application'],
    description: "The signed-in applicant's applications, newest first.",
    authScopes: { applicant: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.application.findMany({
        ...query,
        where: { profile: { userId: ctx.viewer?.userId ?? '' } },
        orderBy: { startedAt: 'desc' },
      }),
  }),
  application: t.prismaField({
    type: 'Application',
    nullable: true,
    description:
      'One application: to its applicant, a coordinator of its association or an assigned reviewer.',
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.application.findFirst({
        ...query,
        where: { id: String(args.id), ...readableApplications(ctx) },
      }),
  }),
}));
