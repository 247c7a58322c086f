/**
 * The application's life, defined once for the API and both apps (domain.md "Review"). Deny by
 * default: a transition not listed here, or by an actor not listed for it, is refused.
 * Interpretations:
 * - The coordinator checks the file before review and carries every question to the applicant
 *   ("questions to the applicant go through the coordinator"), so only the coordinator requests changes.
 * - Reviewers decide; the coordinator may also record a decision (volunteer reviewers, paper reviews).
 *   A "defer" or "hold" outcome is recorded as changes_requested; "emerging" (IFRS) as endorsed with
 *   a flag the API keeps.
 * - The exam step exists only when the edition requires an exam for the target (`requiresExam`).
 * - The system denies an exam_pending application when the one-year approval to sit the exam expires.
 * - The applicant may withdraw at any point before a decision.
 */

export type ApplicationState =
  | 'draft'
  | 'submitted'
  | 'in_review'
  | 'changes_requested'
  | 'resubmitted'
  | 'exam_pending'
  | 'endorsed'
  | 'denied'
  | 'withdrawn';

export type ActorRole = 'applicant' | 'coordinator' | 'reviewer' | 'system';

export interface Transition {
  from: ApplicationState;
  to: ApplicationState;
  actors: readonly ActorRole[];
  /** `exam`: allowed only when the target requires an exam; `no_exam`: only when it does not. */
  guard?: 'exam' | 'no_exam';
}

export const APPLICATION_STATES: readonly ApplicationState[] = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'resubmitted',
  'exam_pending',
  'endorsed',
  'denied',
  'withdrawn',
];

export const FINAL_STATES: readonly ApplicationState[] = ['endorsed', 'denied', 'withdrawn'];

const DECIDERS: readonly ActorRole[] = ['reviewer', 'coordinator'];

export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'submitted', actors: ['applicant'] },
  { from: 'draft', to: 'withdrawn', actors: ['applicant'] },
  { from: 'submitted', to: 'in_review', actors: ['coordinator'] },
  { from: 'submitted', to: 'changes_requested', actors: ['coordinator'] },
  { from: 'submitted', to: 'withdrawn', actors: ['applicant'] },
  { from: 'in_review', to: 'changes_requested', actors: ['coordinator'] },
  { from: 'in_review', to: 'exam_pending', actors: DECIDERS, guard: 'exam' },
  { from: 'in_review', to: 'endorsed', actors: DECIDERS, guard: 'no_exam' },
  { from: 'in_review', to: 'denied', actors: DECIDERS },
  { from: 'in_review', to: 'withdrawn', actors: ['applicant'] },
  { from: 'changes_requested', to: 'resubmitted', actors: ['applicant'] },
  { from: 'changes_requested', to: 'withdrawn', actors: ['applicant'] },
  { from: 'resubmitted', to: 'in_review', actors: ['coordinator'] },
  { from: 'resubmitted', to: 'changes_requested', actors: ['coordinator'] },
  { from: 'resubmitted', to: 'withdrawn', actors: ['applicant'] },
  { from: 'exam_pending', to: 'endorsed', actors: DECIDERS },
  { from: 'exam_pending', to: 'denied', actors: [...DECIDERS, 'system'] },
  { from: 'exam_pending', to: 'withdrawn', actors: ['applicant'] },
];

export interface TransitionContext {
  /** Whether the application's target requires the exam in its edition (`requiresExam`). */
  examRequired: boolean;
}

export type TransitionErrorCode = 'no_such_transition' | 'actor_not_allowed' | 'guard_failed';

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; code: TransitionErrorCode; message: string };

/** Thrown by `assertTransition`; the API maps it to a typed RuleViolation result. */
export class TransitionError extends Error {
  override readonly name = 'TransitionError';
  constructor(
    readonly code: TransitionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function guardPasses(transition: Transition, ctx: TransitionContext): boolean {
  if (transition.guard === 'exam') return ctx.examRequired;
  if (transition.guard === 'no_exam') return !ctx.examRequired;
  return true;
}

export function checkTransition(
  from: ApplicationState,
  to: ApplicationState,
  actor: ActorRole,
  ctx: TransitionContext,
): TransitionCheck {
  const transition = TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition)
    return {
      ok: false,
      code: 'no_such_transition',
      message: `An application cannot go from ${from} to ${to}.`,
    };
  if (!transition.actors.includes(actor)) {
    return {
      ok: false,
      code: 'actor_not_allowed',
      message: `Only ${transition.actors.join(' or ')} may move an application from ${from} to ${to}.`,
    };
  }
  if (!guardPasses(transition, ctx)) {
    const why = transition.guard === 'exam' ? 'does not require' : 'requires';
    return {
      ok: false,
      code: 'guard_failed',
      message: `This application ${why} the exam, so it cannot go from ${from} to ${to}.`,
    };
  }
  return { ok: true, transition };
}

export function canTransition(
  from: ApplicationState,
  to: ApplicationState,
  actor: ActorRole,
  ctx: TransitionContext,
): boolean {
  return checkTransition(from, to, actor, ctx).ok;
}

/** Returns the transition, or throws a `TransitionError` saying why it is refused. */
export function assertTransition(
  from: ApplicationState,
  to: ApplicationState,
  actor: ActorRole,
  ctx: TransitionContext,
): Transition {
  const check = checkTransition(from, to, actor, ctx);
  if (!check.ok) throw new TransitionError(check.code, check.message);
  return check.transition;
}

/** The states this actor may move the application to next (the buttons a screen shows). */
export function nextStates(
  from: ApplicationState,
  actor: ActorRole,
  ctx: TransitionContext,
): ApplicationState[] {
  return TRANSITIONS.filter((t) => t.from === from && t.actors.includes(actor) && guardPasses(t, ctx)).map(
    (t) => t.to,
  );
}
