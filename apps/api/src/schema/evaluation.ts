import {
  type EvaluationResult,
  evaluate as evaluateRules,
  getEdition,
  type LevelCode,
  type MentorTrack,
  type Progress,
  type RequirementResult,
  satisfiedLevels,
  type Target,
} from '@imh/competencies';
import { builder } from '../builder.ts';
import { toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { FieldValidationError, NotFoundError } from '../errors.ts';
import { profilePortfolio } from '../portfolio/profile-portfolio.ts';
import { toRulesPortfolio } from '../portfolio/rules-portfolio.ts';

export const LevelCodeEnum = builder.enumType('LevelCode', {
  values: ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'] as const,
});
export const MentorTrackEnum = builder.enumType('MentorTrack', {
  values: ['CLINICAL', 'POLICY', 'RESEARCH_FACULTY'] as const,
});
const StatusEnum = builder.enumType('RequirementStatus', {
  values: { MET: { value: 'met' }, NOT_MET: { value: 'not_met' }, PENDING: { value: 'pending' } } as const,
});

const ProgressRef = builder.objectRef<Progress>('RequirementProgress').implement({
  description:
    'How far a quantified requirement is: have / need, in unit (hours, years, families, references).',
  fields: (t) => ({ have: t.exposeFloat('have'), need: t.exposeFloat('need'), unit: t.exposeString('unit') }),
});

export const RequirementRef = builder.objectRef<RequirementResult<string>>('RequirementResult').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    label: t.exposeString('label'),
    status: t.field({ type: StatusEnum, resolve: (r) => r.status }),
    progress: t.field({ type: ProgressRef, nullable: true, resolve: (r) => r.progress ?? null }),
    reasons: t.exposeStringList('reasons', { description: 'Plain-language reasons for anything unmet.' }),
  }),
});

export const EvaluationRef = builder.objectRef<EvaluationResult>('Evaluation').implement({
  description: 'A portfolio judged by @imh/competencies against one level (and Mentor track) at a date.',
  fields: (t) => ({
    editionId: t.exposeString('editionId', { description: 'The rules edition that judged it.' }),
    asOf: t.field({ type: 'Date', resolve: (e) => e.asOf }),
    level: t.field({ type: LevelCodeEnum, resolve: (e) => e.target.level }),
    track: t.field({
      type: MentorTrackEnum,
      nullable: true,
      resolve: (e) => ('track' in e.target ? e.target.track : null) ?? null,
    }),
    eligible: t.exposeBoolean('eligible'),
    readyForReview: t.exposeBoolean('readyForReview', {
      description: 'Every requirement met except one completed after submission (an exam).',
    }),
    requirements: t.field({ type: [RequirementRef], resolve: (e) => e.requirements }),
  }),
});

/** The signed-in applicant's portfolio, and the edition their association judges by. */
async function myPortfolio(ctx: Context) {
  const profile = ctx.viewer?.profileId ? await profilePortfolio(ctx, ctx.viewer.profileId) : null;
  if (!profile) throw new NotFoundError('You have no applicant profile.');
  const { ruleEdition } = await ctx.prisma.association.findUniqueOrThrow({
    where: { id: profile.associationId },
    select: { ruleEdition: true },
  });
  const edition = getEdition(ruleEdition);
  if (!edition) throw new Error(`Association uses unknown rules edition ${ruleEdition}`);
  return { portfolio: toRulesPortfolio(profile), edition, asOf: toIsoDay(ctx.now()) };
}

function toTarget(level: LevelCode, track: MentorTrack | null | undefined): Target {
  if (level === 'IMHM') {
    if (!track) throw new FieldValidationError([{ path: 'track', message: 'Choose a Mentor track.' }]);
    return { level, track };
  }
  if (track)
    throw new FieldValidationError([{ path: 'track', message: 'Only the Mentor level has tracks.' }]);
  return { level } as Target;
}

builder.queryFields((t) => ({
  myEvaluation: t.field({
    type: EvaluationRef,
    description:
      "The applicant's current portfolio judged against a level, today, by their association's edition.",
    authScopes: { applicant: true },
    args: { level: t.arg({ type: LevelCodeEnum, required: true }), track: t.arg({ type: MentorTrackEnum }) },
    resolve: async (_root, args, ctx) => {
      const target = toTarget(args.level, args.track);
      const { portfolio, edition, asOf } = await myPortfolio(ctx);
      return evaluateRules(portfolio, target, { asOf, edition });
    },
  }),
  myRulesPortfolio: t.field({
    type: 'JSON',
    description:
      "The applicant's portfolio in the shape of @imh/competencies Portfolio (no application evidence), so " +
      "a client can run the same rules as the person edits. Judge it with their association's ruleEdition.",
    authScopes: { applicant: true },
    resolve: async (_root, _args, ctx) => (await myPortfolio(ctx)).portfolio,
  }),
  mySatisfiedLevels: t.field({
    type: [EvaluationRef],
    description:
      'Every level and Mentor track the portfolio satisfies today (evaluations that are eligible).',
    authScopes: { applicant: true },
    resolve: async (_root, _args, ctx) => {
      const { portfolio, edition, asOf } = await myPortfolio(ctx);
      return satisfiedLevels(portfolio, { asOf, edition }).results.filter((r) => r.eligible);
    },
  }),
}));
