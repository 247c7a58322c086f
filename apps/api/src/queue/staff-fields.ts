import { isStaffFor } from '../applications/access.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ApplicationRef } from '../schema/applications.ts';
import { EvaluationRef } from '../schema/evaluation.ts';
import { DocumentRef } from '../schema/portfolio/documents.ts';
import { waitingDays } from './filter.ts';
import { latestSnapshot, snapshotDocumentIds, staffEvaluationOf, staffPortfolioOf } from './staff-view.ts';

type ApplicantDetails = {
  name: string;
  email: string;
  chapterName: string | null;
  employer: string | null;
  jobTitle: string | null;
};

const ApplicantDetailsRef = builder.objectRef<ApplicantDetails>('ApplicantDetails').implement({
  description: 'Who applied, as staff need to contact and place them (current profile).',
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    chapterName: t.exposeString('chapterName', { nullable: true }),
    employer: t.exposeString('employer', { nullable: true }),
    jobTitle: t.exposeString('jobTitle', { nullable: true }),
  }),
});

/**
 * Staff-only fields resolve to null for anyone who does not handle the application as staff
 * (staffApplications): the applicant reaches their own application through the same type.
 */
async function whenStaff<T>(
  ctx: Context,
  applicationId: string,
  value: () => Promise<T> | T,
): Promise<T | null> {
  return (await isStaffFor(ctx, applicationId)) ? value() : null;
}

builder.prismaObjectFields(ApplicationRef, (t) => ({
  staffEvaluation: t.field({
    type: EvaluationRef,
    nullable: true,
    description:
      "Staff only. The latest round's staff portfolio (with the raters' own answers) judged at the " +
      "round's date; null before the first submission.",
    select: { id: true, level: true, track: true, ruleEdition: true },
    resolve: (a, _args, ctx) =>
      whenStaff(ctx, a.id, async () => {
        const round = await latestSnapshot(ctx, a.id);
        return round ? staffEvaluationOf(a, round) : null;
      }),
  }),
  staffPortfolio: t.field({
    type: 'JSON',
    nullable: true,
    description:
      "Staff only. The latest round's staff portfolio, in the shape of @imh/competencies Portfolio.",
    select: { id: true },
    resolve: (a, _args, ctx) =>
      whenStaff(ctx, a.id, async () => {
        const round = await latestSnapshot(ctx, a.id);
        return round ? staffPortfolioOf(round.snapshot) : null;
      }),
  }),
  applicant: t.field({
    type: ApplicantDetailsRef,
    nullable: true,
    description: 'Staff only. The applicant with their chapter and employer.',
    select: {
      id: true,
      profile: {
        select: {
          employer: true,
          jobTitle: true,
          chapter: { select: { name: true } },
          user: { select: { name: true, email: true } },
        },
      },
    },
    resolve: (a, _args, ctx) =>
      whenStaff(ctx, a.id, () => ({
        name: a.profile.user.name,
        email: a.profile.user.email,
        chapterName: a.profile.chapter?.name ?? null,
        employer: a.profile.employer,
        jobTitle: a.profile.jobTitle,
      })),
  }),
  documents: t.field({
    type: [DocumentRef],
    nullable: true,
    description: "Staff only. The documents of the latest round's portfolio (download from their url).",
    select: { id: true },
    resolve: (a, _args, ctx) =>
      whenStaff(ctx, a.id, async () => {
        const round = await latestSnapshot(ctx, a.id);
        if (!round) return [];
        return ctx.prisma.document.findMany({
          where: { id: { in: snapshotDocumentIds(round.snapshot) } },
          orderBy: { createdAt: 'asc' },
        });
      }),
  }),
  waitingDays: t.int({
    nullable: true,
    description: 'Staff only. Whole days since the latest submission; null before the first.',
    select: { id: true, submittedAt: true },
    resolve: (a, _args, ctx) => whenStaff(ctx, a.id, () => waitingDays(a.submittedAt, ctx.now())),
  }),
}));
