import { type CompetencyDomain, competencyDomainsFor, levelName, TRACK_NAMES } from '@imh/competencies';
import type { Prisma } from '@imh/db';
import { editionById, targetOf } from '../applications/judge.ts';
import { notifyUser } from '../applications/notify.ts';
import { FINAL_STATUSES } from '../applications/statuses.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { hashToken } from '../auth/tokens.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { FieldValidationError, InvalidTokenError } from '../errors.ts';
import { EARLIEST_DAY, effectiveStatus } from './policy.ts';

type Tx = Prisma.TransactionClient;

export type RatingForm = {
  raterName: string;
  applicantName: string;
  levelName: string;
  knownSince: Date;
  expiresAt: Date;
  domains: CompetencyDomain[];
};

export type RatingInput = {
  knownSince: string;
  ratings: { competencyId: string; rating: number | null }[];
  comments: string | null;
};

const requestInclude = {
  application: {
    include: { profile: { include: { user: { select: { id: true, name: true, email: true } } } } },
  },
} satisfies Prisma.ReferenceRequestInclude;

/**
 * Finds the request a link belongs to, or says plainly why the link no longer works. Only the hash
 * of the token is stored, so a tampered link simply matches nothing.
 */
async function requestForToken(tx: Tx, ctx: Context, token: string) {
  const request = await tx.referenceRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    include: requestInclude,
  });
  if (!request)
    throw new InvalidTokenError(
      'This link is not valid. Check that you opened the whole link from the email.',
    );
  const status = effectiveStatus(request, ctx.now());
  if (status === 'RECEIVED')
    throw new InvalidTokenError('This reference has already been submitted. Thank you.');
  if (status === 'REPLACED' || FINAL_STATUSES.includes(request.application.status)) {
    throw new InvalidTokenError('This reference is no longer needed. Thank you for your time.');
  }
  if (status === 'EXPIRED') {
    throw new InvalidTokenError('This link has expired. Ask the applicant to send you a new one.');
  }
  return request;
}

function formOf(request: Awaited<ReturnType<typeof requestForToken>>): RatingForm {
  const app = request.application;
  const edition = editionById(app.ruleEdition);
  const target = targetOf(app);
  const name = levelName(edition, target.level) ?? target.level;
  return {
    raterName: request.raterName,
    applicantName: app.profile.user.name,
    levelName: target.track ? `${name} (${TRACK_NAMES[target.track]})` : name,
    knownSince: request.knownSince,
    expiresAt: request.expiresAt,
    domains: competencyDomainsFor(edition, target),
  };
}

/** The rater opens the link: the form, and the request marked opened the first time. */
export async function openReferenceForm(ctx: Context, token: string): Promise<RatingForm> {
  return ctx.prisma.$transaction(async (tx) => {
    const request = await requestForToken(tx, ctx, token);
    if (request.status === 'REQUESTED') {
      await tx.referenceRequest.update({
        where: { id: request.id },
        data: { status: 'OPENED', openedAt: ctx.now() },
      });
    }
    return formOf(request);
  });
}

function checkRatings(form: RatingForm, input: RatingInput, today: string) {
  const issues: { path: string; message: string }[] = [];
  const expected = new Set(form.domains.flatMap((d) => d.competencies.map((c) => c.id)));
  const given = new Map<string, number | null>();
  for (const [i, r] of input.ratings.entries()) {
    if (!expected.has(r.competencyId)) {
      issues.push({
        path: `ratings.${i}.competencyId`,
        message: `${r.competencyId} is not a competency on this form.`,
      });
    } else if (given.has(r.competencyId)) {
      issues.push({ path: `ratings.${i}.competencyId`, message: `${r.competencyId} is rated twice.` });
    }
    if (r.rating !== null && !(Number.isInteger(r.rating) && r.rating >= 1 && r.rating <= 5)) {
      issues.push({ path: `ratings.${i}.rating`, message: 'Ratings go from 1 to 5.' });
    }
    given.set(r.competencyId, r.rating);
  }
  const missing = [...expected].filter((id) => !given.has(id));
  if (missing.length > 0) {
    issues.push({
      path: 'ratings',
      message: `Rate every competency, or choose "Not enough information" (${missing.length} left).`,
    });
  }
  if (input.knownSince > today) {
    issues.push({ path: 'knownSince', message: 'The date you met the applicant cannot be in the future.' });
  } else if (input.knownSince < EARLIEST_DAY) {
    issues.push({ path: 'knownSince', message: 'Check the year: dates start in 1950.' });
  }
  if (issues.length > 0) throw new FieldValidationError(issues);
  return Object.fromEntries(given);
}

/** The rater's answer: stored once; the link stops working and the applicant learns only that it came. */
export async function submitReferenceRating(ctx: Context, token: string, input: RatingInput): Promise<void> {
  await ctx.prisma.$transaction(async (tx) => {
    const found = await requestForToken(tx, ctx, token);
    // The application's row, then the request's, as the applicant's resend and replace take them:
    // two tabs submitting, or a resend racing the answer, wait here and then see the other's result.
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${found.applicationId} FOR UPDATE`;
    await tx.$queryRaw`SELECT id FROM "ReferenceRequest" WHERE id = ${found.id} FOR UPDATE`;
    const request = await requestForToken(tx, ctx, token);
    const ratings = checkRatings(formOf(request), input, toIsoDay(ctx.now()));
    const now = ctx.now();
    await tx.referenceRating.create({
      data: {
        referenceRequestId: request.id,
        knownSince: fromIsoDay(input.knownSince),
        ratings,
        comments: input.comments,
        submittedAt: now,
      },
    });
    await tx.referenceRequest.update({ where: { id: request.id }, data: { status: 'RECEIVED' } });
    await appendAudit(tx, {
      actorId: null,
      action: 'reference.receive',
      entityType: 'ReferenceRequest',
      entityId: request.id,
      ip: ctx.ip,
      at: now,
    });
    const app = request.application;
    await notifyUser(
      tx,
      app.profile.user,
      {
        kind: 'reference.received',
        title: 'Reference received',
        body: `${request.raterName} submitted your reference.`,
        link: `/application/${app.id}`,
      },
      { now, publicUrl: ctx.config.publicUrl },
    );
  });
}
