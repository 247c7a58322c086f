import type { Prisma } from '@imh/db';
import { appendAudit } from '../audit/audit-log.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { ConflictError, FieldValidationError, NotFoundError } from '../errors.ts';
import { renewalWindow } from './endorsee.ts';
import {
  coordinatedEndorsements,
  type LoadedEndorsement,
  lockEndorsement,
  policyOf,
  syncDates,
  todayFor,
} from './endorsement.ts';
import { describeEndorsement, longDate, notifyHolder } from './notices.ts';

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;
/** An extension reaches at most this far past the due date: beyond it the endorsee should reapply. */
export const MAX_EXTENSION_DAYS = 365;

/** A renewal the coordinator may act on, with its endorsement locked. */
async function lockRenewal(tx: Tx, ctx: Context, renewalId: string) {
  const row = await tx.renewal.findFirst({
    where: { id: renewalId, endorsement: coordinatedEndorsements(ctx) },
    select: { endorsementId: true },
  });
  if (!row) throw new NotFoundError('No such renewal.');
  const e = await lockEndorsement(tx, row.endorsementId, coordinatedEndorsements(ctx));
  const renewal = e.renewals.find((r) => r.id === renewalId);
  if (!renewal) throw new NotFoundError('No such renewal.');
  if (renewal.status !== 'SUBMITTED')
    throw new ConflictError('Only a submitted renewal can be approved or returned.');
  return { e, renewal };
}

const holderOpts = (ctx: Context) => ({ now: ctx.now(), publicUrl: ctx.config.publicUrl });

/**
 * Approves a submitted renewal, which moves the expiry to the next year's due date; or, for a
 * reinstatement, makes the endorsement active again from today, restarting its cycle. A reinstatement
 * needs the coordinator's word that the association's conditions (new references, fee, membership)
 * are met, since those arrive outside the system.
 */
export async function approveRenewal(
  ctx: Context,
  renewalId: string,
  input: { conditionsConfirmed?: boolean | null },
) {
  return ctx.prisma.$transaction(async (tx) => {
    const { e, renewal } = await lockRenewal(tx, ctx, renewalId);
    const now = ctx.now();
    const reinstating = renewal.kind === 'REINSTATEMENT';
    if (reinstating && !input.conditionsConfirmed) {
      const { settings } = policyOf(e);
      throw new FieldValidationError([
        {
          path: 'conditionsConfirmed',
          message: `Confirm the reinstatement conditions: ${settings.reinstatementReferences} new references, the processing fee and membership.`,
        },
      ]);
    }
    await tx.renewal.update({
      where: { id: renewal.id },
      data: { status: 'APPROVED', decidedAt: now, decidedById: ctx.viewer?.userId ?? null, message: null },
    });
    if (reinstating) {
      await tx.endorsement.update({
        where: { id: e.id },
        data: { status: 'ACTIVE', reinstatedOn: fromIsoDay(todayFor(policyOf(e), now)), lapsedOn: null },
      });
    }
    const after = await syncDates(tx, e.id, now);
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: reinstating ? 'endorsement.reinstate' : 'renewal.approve',
      entityType: 'Renewal',
      entityId: renewal.id,
      before: { status: renewal.status, endorsementStatus: e.status, expiresOn: toIsoDay(e.expiresOn) },
      after: { status: 'APPROVED', endorsementStatus: after.status, expiresOn: toIsoDay(after.expiresOn) },
      ip: ctx.ip,
      at: now,
    });
    const { edition } = policyOf(e);
    await notifyHolder(
      tx,
      e.profile.user,
      {
        kind: reinstating ? 'endorsement.reinstated' : 'renewal.approved',
        title: reinstating ? 'Endorsement reinstated' : 'Renewal approved',
        body: `${reinstating ? 'Your endorsement is active again' : `Your renewal for ${renewal.year} is approved`}: ${describeEndorsement(edition, e)} now runs to ${longDate(after.expiresOn)}.`,
      },
      holderOpts(ctx),
    );
    return after;
  });
}

/** Days an endorsee has to answer a returned renewal, however late in the year it comes back. */
export const RETURN_WINDOW_DAYS = 30;

/**
 * Returns a submitted renewal to the endorsee with what to fix; they can submit it again. A renewal
 * sent in time must not lapse because the coordinator took long to look at it: when fewer than
 * RETURN_WINDOW_DAYS remain of the year's grace, the year is extended to give them that long.
 */
export async function returnRenewal(ctx: Context, renewalId: string, message: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const { e, renewal } = await lockRenewal(tx, ctx, renewalId);
    const now = ctx.now();
    const policy = policyOf(e);
    const today = fromIsoDay(todayFor(policy, now));
    const answerBy = new Date(today.getTime() + RETURN_WINDOW_DAYS * DAY_MS);
    const window = renewalWindow(e, now, policy);
    const extend =
      renewal.kind === 'RENEWAL' && fromIsoDay(window.standing.graceEndsOn) < answerBy
        ? {
            extendedUntil: answerBy,
            extensionReason: `Returned for changes on ${toIsoDay(today)}: ${RETURN_WINDOW_DAYS} days to answer.`,
            extendedById: ctx.viewer?.userId ?? null,
          }
        : {};
    await tx.renewal.update({
      where: { id: renewal.id },
      data: {
        status: 'RETURNED',
        message,
        decidedAt: now,
        decidedById: ctx.viewer?.userId ?? null,
        ...extend,
      },
    });
    if ('extendedUntil' in extend) await syncDates(tx, e.id, now);
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'renewal.return',
      entityType: 'Renewal',
      entityId: renewal.id,
      before: { status: renewal.status },
      after: { status: 'RETURNED', message },
      ip: ctx.ip,
      at: now,
    });
    await notifyHolder(
      tx,
      e.profile.user,
      {
        kind: 'renewal.returned',
        title: 'Renewal returned',
        body: `The coordinator returned your ${renewal.kind === 'RENEWAL' ? `renewal for ${renewal.year}` : 'reinstatement request'}: ${message}`,
      },
      holderOpts(ctx),
    );
    return tx.endorsement.findUniqueOrThrow({ where: { id: e.id } });
  });
}

/**
 * Moves the last day a late renewal is accepted for the open year (illness, leave). The endorsee
 * stays in grace until then; an extension never shortens what they already have.
 */
export async function grantExtension(
  ctx: Context,
  endorsementId: string,
  input: { until: string; reason: string },
) {
  return ctx.prisma.$transaction(async (tx) => {
    const e: LoadedEndorsement = await lockEndorsement(tx, endorsementId, coordinatedEndorsements(ctx));
    const now = ctx.now();
    const policy = policyOf(e);
    const window = renewalWindow(e, now, policy);
    if (e.status !== 'ACTIVE' || window.lapsed)
      throw new ConflictError('Only an active endorsement can be extended; a lapsed one is reinstated.');
    if (window.renewal?.status === 'SUBMITTED' || window.renewal?.status === 'APPROVED')
      throw new ConflictError(`The renewal for ${window.year} is already submitted.`);
    const until = fromIsoDay(input.until);
    const latest = new Date(fromIsoDay(window.standing.dueOn).getTime() + MAX_EXTENSION_DAYS * DAY_MS);
    if (input.until <= window.standing.graceEndsOn || until > latest)
      throw new FieldValidationError([
        {
          path: 'until',
          message: `Choose a date after ${longDate(fromIsoDay(window.standing.graceEndsOn))} (the current end of grace) and at most ${MAX_EXTENSION_DAYS} days after the due date (${longDate(latest)}).`,
        },
      ]);
    const extension = {
      extendedUntil: until,
      extensionReason: input.reason,
      extendedById: ctx.viewer?.userId ?? null,
    };
    const renewal = await tx.renewal.upsert({
      where: { endorsementId_year: { endorsementId: e.id, year: window.year } },
      create: { endorsementId: e.id, year: window.year, ...extension, createdAt: now },
      update: extension,
    });
    const after = await syncDates(tx, e.id, now);
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'renewal.extend',
      entityType: 'Renewal',
      entityId: renewal.id,
      before: { graceEndsOn: toIsoDay(e.graceEndsOn) },
      after: { graceEndsOn: toIsoDay(after.graceEndsOn), reason: input.reason },
      ip: ctx.ip,
      at: now,
    });
    await notifyHolder(
      tx,
      e.profile.user,
      {
        kind: 'renewal.extended',
        title: 'Renewal extension granted',
        body: `You can renew ${describeEndorsement(policy.edition, e)} for ${window.year} until ${longDate(after.graceEndsOn)}.`,
      },
      holderOpts(ctx),
    );
    return after;
  });
}
