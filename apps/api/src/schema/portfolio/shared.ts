import { type Edition, getEdition } from '@imh/competencies';
import type { ApplicantProfile, Prisma } from '@imh/db';
import { z } from 'zod';
import { emailRule } from '../../auth/email.ts';
import { toIsoDay } from '../../calendar-day.ts';
import type { Context } from '../../context.ts';
import { type FieldIssue, FieldValidationError, NotFoundError } from '../../errors.ts';
import { assertPortfolioEditable } from '../../portfolio/editable.ts';
import { canReadPortfolio } from './access.ts';

export type Tx = Prisma.TransactionClient;

// --- Input shapes (zod, run by the validation plugin before any resolver) ---

/**
 * One schema for a whole input rather than one per field: the plugin stops at the first field that
 * fails, while an object schema reports every field at once, so a form can mark them all. Fields it
 * does not name (enums, booleans, ids) pass through as GraphQL typed them.
 */
export const inputShape = (fields: z.ZodRawShape) => z.looseObject(fields);

export const requiredText = (max: number, missing: string) =>
  z.string().trim().min(1, missing).max(max, `Use at most ${max} characters.`);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((s) => (s === '' ? null : s))
    .nullish();

/** Nothing in a portfolio predates the field; an earlier year is a typo (1095 for 1995). */
export const EARLIEST_DAY = '1950-01-01';
export const day = z.string().refine((d) => d >= EARLIEST_DAY, 'Enter a date from 1950 onwards.');
export const optionalDay = day.nullish();

export const hours = (max: number) =>
  z.number().gt(0, 'Enter a number of hours above 0.').max(max, `Enter at most ${max} hours.`);

export const optionalEmail = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s))
  .pipe(emailRule.nullable())
  .nullish();

// --- Rules that need the clock, the edition or another field (checked in the resolver) ---

export type RuleEnv = { today: string; edition: Edition };

export const notInFuture = (path: string, value: string | null | undefined, today: string): FieldIssue[] =>
  value && value > today ? [{ path, message: 'The date cannot be in the future.' }] : [];

export const endNotBeforeStart = (
  path: string,
  start: string,
  end: string | null | undefined,
): FieldIssue[] => (end && end < start ? [{ path, message: 'The end date is before the start date.' }] : []);

export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new FieldValidationError(issues);
}

export async function documentIssues(
  tx: Tx,
  profileId: string,
  documentId: string | number | null | undefined,
): Promise<FieldIssue[]> {
  if (documentId === null || documentId === undefined) return [];
  const own = await tx.document.findFirst({
    where: { id: String(documentId), profileId },
    select: { id: true },
  });
  return own ? [] : [{ path: 'documentId', message: 'Choose one of your own uploaded documents.' }];
}

// --- The signed-in applicant's own portfolio ---

export type OwnProfile = { id: string; env: RuleEnv };

async function ownProfile(ctx: Context): Promise<OwnProfile> {
  const profile = await ctx.prisma.applicantProfile.findUnique({
    where: { userId: ctx.viewer?.userId ?? '' },
    select: { id: true, association: { select: { ruleEdition: true } } },
  });
  if (!profile) throw new NotFoundError('You have no applicant profile.');
  const edition = getEdition(profile.association.ruleEdition);
  if (!edition) throw new Error(`Association uses unknown rules edition ${profile.association.ruleEdition}`);
  return { id: profile.id, env: { today: toIsoDay(ctx.now()), edition } };
}

/**
 * Runs a change to the viewer's own portfolio in one transaction, after the lock check: any error
 * thrown by `change` (not found, invalid, locked) rolls everything back.
 */
export async function changeOwnPortfolio<T>(
  ctx: Context,
  change: (tx: Tx, profile: OwnProfile) => Promise<T>,
): Promise<T> {
  const profile = await ownProfile(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    await assertPortfolioEditable(tx, profile.id);
    return change(tx, profile);
  });
}

/** What every portfolio list on ApplicantProfile shares: paging, a total, and who may read it. */
export const portfolioConnection = {
  cursor: 'id',
  totalCount: true,
  defaultSize: 20,
  maxSize: 100,
  authScopes: (profile: ApplicantProfile, _args: unknown, ctx: Context) =>
    canReadPortfolio(ctx.viewer, profile),
} as const;
