import { getEdition } from '@imh/competencies';
import type { Prisma } from '@imh/db';
import type { Context } from '../context.ts';
import { type FieldIssue, FieldValidationError } from '../errors.ts';
import type { OwnProfile } from '../schema/portfolio/shared.ts';
import { renewalWindow } from './endorsee.ts';
import { lockEndorsement, ownEndorsements, policyOf, todayFor } from './endorsement.ts';
import { RenewalClosedError } from './errors.ts';

type Tx = Prisma.TransactionClient;

/** A portfolio section's own checks and insert, as definePortfolioSection returns them. */
type Section<Input, Row> = {
  checkInput(tx: Tx, profile: OwnProfile, input: Input): Promise<void>;
  create(tx: Tx, profileId: string, input: Input): Promise<Row>;
};

/**
 * Logs training or RSC hours for the endorsement's open renewal year (or the lapsed year, while a
 * reinstatement is possible): the entry goes into the portfolio like any other, so it counts for an
 * upgrade too, but its dates must lie within that year.
 *
 * Unlike the portfolio's own create, this does not wait for an application under review: reviewers
 * judge the round frozen at submission, so a new entry changes nothing under their feet, and an
 * endorsee keeps their renewal on track while applying for the next level.
 */
export async function logRenewalEntry<Input, Row>(
  ctx: Context,
  endorsementId: string,
  section: Section<Input, Row>,
  input: Input,
  dates: (input: Input) => { path: string; value: string }[],
): Promise<Row> {
  return ctx.prisma.$transaction(async (tx) => {
    const e = await lockEndorsement(tx, endorsementId, ownEndorsements(ctx));
    const policy = policyOf(e);
    const window = renewalWindow(e, ctx.now(), policy);
    if (e.status === 'INACTIVE' || e.status === 'REVOKED' || (window.lapsed && !window.canReinstate))
      throw new RenewalClosedError(
        'This endorsement can no longer be renewed, so no hours can be logged for it.',
      );
    const { year } = window;
    const outside: FieldIssue[] = dates(input)
      .filter((d) => !d.value.startsWith(`${year}-`))
      .map((d) => ({
        path: d.path,
        message: `Hours for your ${year} renewal must be dated in ${year} (1 January to 31 December).`,
      }));
    if (outside.length > 0) throw new FieldValidationError(outside);
    const edition = getEdition(e.profile.association.ruleEdition) ?? policy.edition;
    // "No future dates" by the association's calendar, the one that decides the renewal year.
    const profile: OwnProfile = { id: e.profile.id, env: { today: todayFor(policy, ctx.now()), edition } };
    await section.checkInput(tx, profile, input);
    return section.create(tx, e.profile.id, input);
  });
}
