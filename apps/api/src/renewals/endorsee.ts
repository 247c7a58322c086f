import type { Prisma } from '@imh/db';
import { AGREEMENTS } from '../applications/agreements.ts';
import { UnmetRequirementsError } from '../applications/errors.ts';
import { appendAudit } from '../audit/audit-log.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';
import type { Context } from '../context.ts';
import { ConflictError, FieldValidationError } from '../errors.ts';
import { notifyCoordinators } from '../review/notify-staff.ts';
import {
  type LoadedEndorsement,
  lockEndorsement,
  ownEndorsements,
  type Policy,
  policyOf,
  standingOf,
  todayFor,
} from './endorsement.ts';
import { RenewalClosedError } from './errors.ts';
import { evaluateRenewal } from './evaluate.ts';
import { describeEndorsement, longDate } from './notices.ts';

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;

/** Where an endorsement's renewal stands for its holder: the year open, and whether it can be renewed. */
export function renewalWindow(e: LoadedEndorsement, now: Date, policy: Policy = policyOf(e)) {
  const standing = standingOf(e, now, policy);
  const renewal = e.renewals.find((r) => r.year === standing.year);
  // Submitted in time and waiting for the coordinator: not lapsed, whatever the date (the scheduler
  // leaves it alone too).
  const waiting = renewal?.status === 'SUBMITTED';
  const lapsed = e.status === 'LAPSED' || (e.status === 'ACTIVE' && standing.status === 'lapsed' && !waiting);
  const lapsedOn = e.lapsedOn ?? new Date(fromIsoDay(standing.graceEndsOn).getTime() + DAY_MS);
  // The lapse day is the first day after grace; the window counts whole days from it.
  const reinstateUntil =
    lapsed && policy.settings.reinstatementDays > 0
      ? new Date(lapsedOn.getTime() + (policy.settings.reinstatementDays - 1) * DAY_MS)
      : null;
  return {
    standing,
    year: standing.year,
    renewal,
    lapsed,
    lapsedOn: lapsed ? lapsedOn : null,
    reinstateUntil,
    canReinstate: reinstateUntil !== null && todayFor(policy, now) <= toIsoDay(reinstateUntil),
  };
}

function assertRenewable(e: LoadedEndorsement, now: Date, policy: Policy) {
  if (e.status === 'INACTIVE' || e.status === 'REVOKED') {
    throw new RenewalClosedError(
      `This endorsement is ${e.status.toLowerCase()}; ask your association's coordinator about renewing it.`,
    );
  }
  const window = renewalWindow(e, now, policy);
  if (window.lapsed) {
    throw new RenewalClosedError(
      window.canReinstate
        ? `This endorsement lapsed on ${longDate(window.lapsedOn as Date)}: it can no longer be renewed, but you can ask to be reinstated until ${longDate(window.reinstateUntil as Date)}.`
        : 'This endorsement has lapsed and can no longer be renewed; apply for the endorsement again.',
    );
  }
  return window;
}

function assertNotSubmitted(renewal: { status: string } | undefined, year: number) {
  if (renewal?.status === 'SUBMITTED')
    throw new ConflictError(`Your renewal for ${year} is already submitted and waiting for the coordinator.`);
  if (renewal?.status === 'APPROVED')
    throw new ConflictError(`Your renewal for ${year} has already been approved.`);
}

export type SignInput = { codeOfEthicsVersion: string; agreementVersion: string; attestNoSanction: boolean };

/**
 * Signs the year's code of ethics and endorsement agreement, with the attestation of no
 * licensing-board sanction, on the renewal of the open year (or of the lapsed year, for a
 * reinstatement). Signing again replaces the earlier signature.
 */
export async function signRenewalAgreements(ctx: Context, endorsementId: string, input: SignInput) {
  if (!input.attestNoSanction)
    throw new FieldValidationError([
      { path: 'attestNoSanction', message: 'Confirm that no licensing board has sanctioned you.' },
    ]);
  for (const [document, version] of [
    ['CODE_OF_ETHICS', input.codeOfEthicsVersion],
    ['ENDORSEMENT_AGREEMENT', input.agreementVersion],
  ] as const) {
    if (version !== AGREEMENTS[document].version)
      throw new ConflictError(
        `${AGREEMENTS[document].title} has a newer version (${AGREEMENTS[document].version}); read it and sign that one.`,
      );
  }
  return ctx.prisma.$transaction(async (tx) => {
    const e = await lockEndorsement(tx, endorsementId, ownEndorsements(ctx));
    const policy = policyOf(e);
    const window = renewalWindow(e, ctx.now(), policy);
    if (!window.canReinstate) assertRenewable(e, ctx.now(), policy);
    assertNotSubmitted(window.renewal, window.year);
    if (todayFor(policy, ctx.now()) < `${window.year}-01-01`)
      throw new ConflictError(
        `Your next renewal is for ${window.year}: sign for it from 1 January ${window.year}, when its year begins.`,
      );
    const now = ctx.now();
    const signed = {
      codeOfEthicsVersion: input.codeOfEthicsVersion,
      codeOfEthicsAcceptedAt: now,
      agreementVersion: input.agreementVersion,
      agreementAcceptedAt: now,
      noSanctionAttestedAt: now,
    };
    const renewal = await tx.renewal.upsert({
      where: { endorsementId_year: { endorsementId: e.id, year: window.year } },
      create: { endorsementId: e.id, year: window.year, ...signed, createdAt: now },
      update: signed,
    });
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: 'renewal.sign',
      entityType: 'Renewal',
      entityId: renewal.id,
      after: {
        year: renewal.year,
        codeOfEthicsVersion: input.codeOfEthicsVersion,
        agreementVersion: input.agreementVersion,
      },
      ip: ctx.ip,
      at: now,
    });
    return renewal;
  });
}

/** Submits one year's renewal or reinstatement: all requirements met, or nothing changes. */
async function submit(
  tx: Tx,
  ctx: Context,
  e: LoadedEndorsement,
  policy: Policy,
  kind: 'RENEWAL' | 'REINSTATEMENT',
) {
  const now = ctx.now();
  const window = renewalWindow(e, now, policy);
  assertNotSubmitted(window.renewal, window.year);
  // The portfolio judged stays as judged until the frozen evaluation is written (endorsement, then profile).
  await tx.$queryRaw`SELECT id FROM "ApplicantProfile" WHERE id = ${e.profile.id} FOR UPDATE`;
  const evaluation = await evaluateRenewal(tx, e, window.year, now, policy, {
    reinstatement: kind === 'REINSTATEMENT',
  });
  if (!evaluation.met)
    throw new UnmetRequirementsError(
      evaluation.requirements.filter((r) => r.status !== 'met'),
      kind === 'RENEWAL' ? 'renewal' : 'reinstatement request',
    );
  // Late is judged by the first submission: a renewal sent in time and returned is not late when sent again.
  const firstSubmittedAt = window.renewal?.firstSubmittedAt ?? now;
  const data = {
    kind,
    status: 'SUBMITTED' as const,
    submittedAt: now,
    firstSubmittedAt,
    late: kind === 'REINSTATEMENT' || todayFor(policy, firstSubmittedAt) > window.standing.dueOn,
    evaluation: JSON.parse(JSON.stringify(evaluation)) as Prisma.InputJsonValue,
    message: null,
  };
  const renewal = await tx.renewal.upsert({
    where: { endorsementId_year: { endorsementId: e.id, year: window.year } },
    create: { endorsementId: e.id, year: window.year, ...data, createdAt: now },
    update: data,
  });
  await appendAudit(tx, {
    actorId: ctx.viewer?.userId ?? null,
    action: kind === 'RENEWAL' ? 'renewal.submit' : 'renewal.request_reinstatement',
    entityType: 'Renewal',
    entityId: renewal.id,
    before: window.renewal ? { status: window.renewal.status } : null,
    after: { status: renewal.status, year: renewal.year, late: renewal.late },
    ip: ctx.ip,
    at: now,
  });
  const what = kind === 'RENEWAL' ? `renewal for ${window.year}` : 'reinstatement request';
  await notifyCoordinators(
    tx,
    ctx,
    e.profile.associationId,
    {
      kind: kind === 'RENEWAL' ? 'renewal.submitted' : 'renewal.reinstatement_requested',
      title: kind === 'RENEWAL' ? 'Renewal submitted' : 'Reinstatement requested',
      body: `${e.profile.user.name} submitted the ${what} of ${describeEndorsement(policy.edition, e)}${renewal.late ? ' (late)' : ''}.`,
      link: `/admin/renewals/${e.id}`,
    },
    [ctx.viewer?.userId ?? ''],
  );
  return renewal;
}

export async function submitRenewal(ctx: Context, endorsementId: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const e = await lockEndorsement(tx, endorsementId, ownEndorsements(ctx));
    const policy = policyOf(e);
    assertRenewable(e, ctx.now(), policy);
    return submit(tx, ctx, e, policy, 'RENEWAL');
  });
}

/** A late renewal of the lapsed year, asking the coordinator to reinstate, within the association's window. */
export async function requestReinstatement(ctx: Context, endorsementId: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const e = await lockEndorsement(tx, endorsementId, ownEndorsements(ctx));
    const policy = policyOf(e);
    if (e.status !== 'LAPSED' && e.status !== 'ACTIVE')
      throw new RenewalClosedError(
        `This endorsement is ${e.status.toLowerCase()}; ask your association's coordinator about it.`,
      );
    const window = renewalWindow(e, ctx.now(), policy);
    if (!window.lapsed) throw new ConflictError('This endorsement has not lapsed: renew it instead.');
    if (!window.canReinstate)
      throw new RenewalClosedError(
        policy.settings.reinstatementDays > 0
          ? `Your association reinstates an endorsement within ${policy.settings.reinstatementDays} days of its lapse; apply for the endorsement again.`
          : 'Your association does not reinstate lapsed endorsements; apply for the endorsement again.',
      );
    return submit(tx, ctx, e, policy, 'REINSTATEMENT');
  });
}
