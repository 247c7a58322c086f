/** Education, exam, signed agreements and membership: requirements met by a single document or fact. */
import { addMonths, fromDay } from '../dates';
import type { AgreementSpec, EducationSpec, ExamSpec, MembershipSpec } from '../requirements';
import type { RequirementResult } from '../result';
import { type Context, DEGREE_NAMES, degreeRank, result } from './context';

/** A degree counts once completed on or before the evaluation date; one in progress does not. */
export function evaluateEducation(ctx: Context, spec: EducationSpec): RequirementResult {
  const min = degreeRank(spec.minDegree);
  return result(spec, degreeRank(ctx.highestDegree) >= min ? 'met' : 'not_met', () => {
    const reasons = [
      `${capitalize(DEGREE_NAMES[spec.minDegree])} or higher is required; your highest completed degree is ${DEGREE_NAMES[ctx.highestDegree]}.`,
    ];
    if (ctx.education.some((e) => e.rank >= min && (e.completed === undefined || e.completed > ctx.asOf))) {
      reasons.push('A degree in progress counts once its completion date is recorded.');
    }
    return reasons;
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The exam is taken after the application is reviewed, so without a result it is pending. A failure
 * is unmet until a pass; the next attempt waits `retakeWaitMonths` (a retake waits a year; domain.md).
 */
export function evaluateExam(ctx: Context, spec: ExamSpec): RequirementResult {
  let lastFailure: number | undefined;
  for (const { entry: exam, day } of ctx.exams) {
    if (day > ctx.asOf) continue;
    if (exam.result === 'PASSED') return result(spec, 'met', []);
    lastFailure = lastFailure === undefined ? day : Math.max(lastFailure, day);
  }
  if (lastFailure === undefined)
    return result(spec, 'pending', [
      'You will be invited to sit the exam after your application is reviewed.',
    ]);
  const retake = fromDay(addMonths(lastFailure, ctx.edition.exam.retakeWaitMonths));
  return result(spec, 'not_met', [
    `The exam was not passed on ${fromDay(lastFailure)}; you may retake it from ${retake}.`,
  ]);
}

/** The most recent acceptable signature counts; `maxAgeMonths` makes older ones expire (the yearly code of ethics). */
export function evaluateAgreement(ctx: Context, spec: AgreementSpec): RequirementResult {
  let latest: number | undefined;
  let wrongVersion: string | undefined;
  for (const { entry: signed, day } of ctx.agreements) {
    if (signed.document !== spec.document) continue;
    if (day > ctx.asOf) continue;
    if (spec.acceptedVersions && !spec.acceptedVersions.includes(signed.version)) {
      wrongVersion = signed.version;
      continue;
    }
    latest = latest === undefined ? day : Math.max(latest, day);
  }
  const name = spec.document === 'CODE_OF_ETHICS' ? 'the code of ethics' : 'the endorsement agreement';
  if (latest === undefined) {
    const reasons = [`Sign ${name}.`];
    if (wrongVersion !== undefined)
      reasons.push(
        `Version ${wrongVersion} is no longer accepted; sign version ${spec.acceptedVersions?.join(' or ')}.`,
      );
    return result(spec, 'not_met', reasons);
  }
  if (spec.maxAgeMonths !== undefined && ctx.asOf > addMonths(latest, spec.maxAgeMonths) - 1) {
    return result(spec, 'not_met', [
      `Your signature of ${name} from ${fromDay(latest)} is more than ${spec.maxAgeMonths} months old; sign it again.`,
    ]);
  }
  return result(spec, 'met', []);
}

/** Membership must be current on the evaluation date (start and end inclusive). */
export function evaluateMembership(ctx: Context, spec: MembershipSpec): RequirementResult {
  let lastEnd: number | undefined;
  for (const { start, end } of ctx.memberships) {
    if (start <= ctx.asOf && ctx.asOf <= end) return result(spec, 'met', []);
    if (end < ctx.asOf) lastEnd = lastEnd === undefined ? end : Math.max(lastEnd, end);
  }
  const reason =
    lastEnd === undefined
      ? 'Join an infant mental health association.'
      : `Your membership ended on ${fromDay(lastEnd)}; renew it.`;
  return result(spec, 'not_met', [reason]);
}
