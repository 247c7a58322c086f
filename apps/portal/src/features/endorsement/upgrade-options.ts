import { type Target, upgradeTargets } from '@imh/competencies';
import type { EndorsementStatus, LevelCode, MentorTrack } from '../../gql/graphql';
import { evaluateLive, toTarget } from '../progress/live-evaluation';
import type { ProgressBasis } from '../progress/use-progress-basis';

type Held = { level: LevelCode; track?: MentorTrack | null; status: EndorsementStatus };

/** A level the endorsee could apply for next, with how much of it the portfolio meets today. */
export interface UpgradeOption {
  target: Target;
  met: number;
  total: number;
}

/** Only an active endorsement counts as held: a lapsed or revoked one is applied for afresh. */
export const heldTargets = (endorsements: readonly Held[]): Target[] =>
  endorsements.filter((e) => e.status === 'ACTIVE').map((e) => toTarget(e.level, e.track));

/**
 * The levels above the ones held, each judged in the browser exactly as the /progress page judges it.
 * Without an active endorsement there is nothing to move up from (`upgradeTargets([])` would offer
 * every level), so there are no options.
 */
export function upgradeOptions(
  endorsements: readonly Held[],
  basis: Pick<ProgressBasis, 'portfolio' | 'edition' | 'asOf'>,
): UpgradeOption[] {
  const held = heldTargets(endorsements);
  if (held.length === 0) return [];
  return upgradeTargets(held).map((target) => {
    const { requirements } = evaluateLive(basis.portfolio, target, basis.edition.id, basis.asOf);
    return { target, met: requirements.filter((r) => r.status === 'met').length, total: requirements.length };
  });
}
