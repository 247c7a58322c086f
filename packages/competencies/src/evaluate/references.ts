/**
 * Reference ratings. A form counts when it was returned on or before the evaluation date, is less
 * than `validMonths` old ("a form is valid for one year"), has at most `maxNotEnoughInformation`
 * "not enough information" answers (6 or more make it invalid), and its rater had known the applicant
 * for `minKnownMonths` when rating (at least one year; for a form not yet returned, by the evaluation
 * date). Forms fill the edition's role slots by maximum matching, so a rater who could fill either of
 * two slots is placed where the others need them. Forms are matched in id order so the outcome does
 * not depend on the order the portfolio lists them.
 */
import { addMonths, fromDay } from '../dates';
import { type LevelCode, levelRank } from '../levels';
import type { RaterRole, ReferenceEntry } from '../portfolio';
import type { RaterSlot, ReferencesSpec } from '../requirements';
import type { RequirementResult } from '../result';
import { type Context, memoize, plural, result } from './context';

export const RATER_ROLE_NAMES: Readonly<Record<RaterRole, string>> = {
  CURRENT_SUPERVISOR: 'your current program supervisor',
  TEACHER_TRAINER_CONSULTANT: 'a teacher, trainer or consultant',
  RSC_PROVIDER: 'your reflective supervision/consultation provider',
  OTHER_SUPERVISOR: 'another supervisor',
  COLLEAGUE: 'a colleague',
  SUPERVISEE: 'a supervisee',
  OTHER: 'another rater',
};

function fits(slot: RaterSlot, role: RaterRole): boolean {
  return slot === 'ANY' || slot.includes(role);
}

/**
 * Kuhn's augmenting paths: slot index → reference index; tiny inputs (3 slots), so simplicity wins.
 * Module-level helpers rather than closures: bundlers that keep function names wrap every closure
 * created on the hot path, which cost more than the matching itself.
 */
export function matchSlots(
  slots: readonly RaterSlot[],
  refs: readonly ReferenceEntry[],
): (number | undefined)[] {
  const slotOf = unassigned(refs.length);
  const refOf = unassigned(slots.length);
  for (let slot = 0; slot < slots.length; slot++) tryAssign(slots, refs, slotOf, refOf, slot, []);
  return refOf;
}

/** `length` times undefined; a push loop, because `map` with a closure and `new Array(n).fill()` both showed in profiles. */
function unassigned(length: number): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (let i = 0; i < length; i++) out.push(undefined);
  return out;
}

function tryAssign(
  slots: readonly RaterSlot[],
  refs: readonly ReferenceEntry[],
  slotOf: (number | undefined)[],
  refOf: (number | undefined)[],
  slot: number,
  seen: boolean[],
): boolean {
  for (let r = 0; r < refs.length; r++) {
    if (seen[r] || !fits(slots[slot] as RaterSlot, (refs[r] as ReferenceEntry).raterRole)) continue;
    seen[r] = true;
    const holder = slotOf[r];
    if (holder === undefined || tryAssign(slots, refs, slotOf, refOf, holder, seen)) {
      slotOf[r] = slot;
      refOf[slot] = r;
      return true;
    }
  }
  return false;
}

function raterName(ref: ReferenceEntry): string {
  return ref.raterName ?? RATER_ROLE_NAMES[ref.raterRole];
}

function describeSlot(slot: RaterSlot): string {
  return slot === 'ANY'
    ? 'any rater who knows your work'
    : slot.map((role) => RATER_ROLE_NAMES[role]).join(' or ');
}

interface Classified {
  valid: ReferenceEntry[];
  awaited: ReferenceEntry[];
  problems: string[];
}

/** Sorts the forms into valid, awaited and invalid (with why); the same for every level, so done once per edition rules. */
function classify(ctx: Context): Classified {
  const rules = ctx.edition.references;
  const out: Classified = { valid: [], awaited: [], problems: [] };
  const sorted = [...ctx.references].sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1));
  for (const { entry: ref, known, received } of sorted) {
    const returned = received !== undefined && received <= ctx.asOf;
    const ratedOn = returned ? received : ctx.asOf;
    if (known > addMonths(ratedOn, -rules.minKnownMonths)) {
      out.problems.push(
        `${raterName(ref)} has known you since ${ref.knownSince}; a rater must have known you for at least ${rules.minKnownMonths} months.`,
      );
    } else if (!returned) {
      out.awaited.push(ref);
    } else if (ctx.asOf > addMonths(received, rules.validMonths) - 1) {
      out.problems.push(
        `The form from ${raterName(ref)} (${fromDay(received)}) is older than ${rules.validMonths} months; ask for a new one.`,
      );
    } else if ((ref.notEnoughInformationCount ?? 0) > rules.maxNotEnoughInformation) {
      out.problems.push(
        `The form from ${raterName(ref)} has too many "not enough information" answers; ask a rater who knows your work better.`,
      );
    } else {
      out.valid.push(ref);
    }
  }
  return out;
}

export function evaluateReferences(ctx: Context, spec: ReferencesSpec): RequirementResult {
  const { valid, awaited, problems: reasons } = memoize(ctx, ctx.edition.references, classify);
  const needEndorsed = spec.endorsedRaters;
  let have = 0;
  for (const r of matchSlots(spec.slots, valid)) if (r !== undefined) have++;
  const progress = { have, need: spec.slots.length, unit: 'references' as const };
  if (have === spec.slots.length && endorsedOk(spec, valid)) return result(spec, 'met', [], progress);

  // Would the forms still awaited complete the set? Then the requirement is pending, not unmet.
  const withAwaited = [...valid, ...awaited];
  const later = matchSlots(spec.slots, withAwaited);
  const blocking = spec.slots
    .filter((_, i) => later[i] === undefined)
    .map((slot) => `A reference is missing from ${describeSlot(slot)}.`);
  if (needEndorsed && !endorsedOk(spec, withAwaited)) {
    blocking.push(
      `At least ${plural(needEndorsed.count, 'rater')} must be endorsed at ${needEndorsed.minLevel} or above.`,
    );
  }
  if (blocking.length === 0) {
    const names = awaited.map(raterName);
    return result(spec, 'pending', [`Waiting for the form from ${names.join(', ')}.`, ...reasons], progress);
  }
  return result(spec, 'not_met', [...blocking, ...reasons], progress);
}

function endorsedOk(spec: ReferencesSpec, refs: readonly ReferenceEntry[]): boolean {
  const need = spec.endorsedRaters;
  return need === undefined || endorsedCount(refs, need.minLevel) >= need.count;
}

function endorsedCount(refs: readonly ReferenceEntry[], minLevel: LevelCode): number {
  return refs.filter(
    (ref) => ref.raterEndorsement !== null && levelRank(ref.raterEndorsement.level) >= levelRank(minLevel),
  ).length;
}
