import { describe, expect, it } from 'vitest';
import {
  type ActorRole,
  APPLICATION_STATES,
  type ApplicationState,
  assertTransition,
  canTransition,
  checkTransition,
  FINAL_STATES,
  nextStates,
  TRANSITIONS,
  TransitionError,
} from '../src/index';

const withExam = { examRequired: true };
const noExam = { examRequired: false };

describe('application state machine', () => {
  it.each<[ApplicationState, ApplicationState, ActorRole, boolean, boolean]>([
    ['draft', 'submitted', 'applicant', true, true],
    ['draft', 'submitted', 'coordinator', false, false],
    ['submitted', 'in_review', 'coordinator', true, true],
    ['submitted', 'in_review', 'reviewer', false, false],
    ['in_review', 'changes_requested', 'coordinator', true, true],
    ['in_review', 'changes_requested', 'reviewer', false, false],
    ['changes_requested', 'resubmitted', 'applicant', true, true],
    ['resubmitted', 'in_review', 'coordinator', true, true],
    ['in_review', 'endorsed', 'reviewer', false, true],
    ['in_review', 'exam_pending', 'reviewer', true, false],
    ['exam_pending', 'endorsed', 'reviewer', true, true],
    ['exam_pending', 'denied', 'system', true, true],
    ['in_review', 'denied', 'coordinator', true, true],
    ['in_review', 'withdrawn', 'applicant', true, true],
    ['endorsed', 'withdrawn', 'applicant', false, false],
    ['draft', 'endorsed', 'system', false, false],
  ])('%s → %s by %s: exam level %s, other levels %s', (from, to, actor, examLevel, otherLevel) => {
    expect(canTransition(from, to, actor, withExam)).toBe(examLevel);
    expect(canTransition(from, to, actor, noExam)).toBe(otherLevel);
  });

  it('says why a transition is refused', () => {
    expect(checkTransition('endorsed', 'draft', 'coordinator', noExam)).toEqual({
      ok: false,
      code: 'no_such_transition',
      message: 'An application cannot go from endorsed to draft.',
    });
    expect(checkTransition('submitted', 'in_review', 'applicant', noExam)).toMatchObject({
      ok: false,
      code: 'actor_not_allowed',
      message: 'Only coordinator may move an application from submitted to in_review.',
    });
    expect(checkTransition('in_review', 'exam_pending', 'reviewer', noExam)).toMatchObject({
      code: 'guard_failed',
      message: 'This application does not require the exam, so it cannot go from in_review to exam_pending.',
    });
    expect(checkTransition('in_review', 'endorsed', 'reviewer', withExam)).toMatchObject({
      code: 'guard_failed',
      message: 'This application requires the exam, so it cannot go from in_review to endorsed.',
    });
  });

  it('assertTransition returns the transition or throws a typed error', () => {
    expect(assertTransition('draft', 'submitted', 'applicant', noExam)).toEqual({
      from: 'draft',
      to: 'submitted',
      actors: ['applicant'],
    });
    try {
      assertTransition('draft', 'denied', 'reviewer', noExam);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TransitionError);
      expect(error).toMatchObject({ code: 'no_such_transition', name: 'TransitionError' });
    }
  });

  it('lists the next states each actor may choose', () => {
    expect(nextStates('in_review', 'reviewer', withExam)).toEqual(['exam_pending', 'denied']);
    expect(nextStates('in_review', 'coordinator', noExam)).toEqual([
      'changes_requested',
      'endorsed',
      'denied',
    ]);
    expect(nextStates('in_review', 'applicant', noExam)).toEqual(['withdrawn']);
    expect(nextStates('draft', 'reviewer', noExam)).toEqual([]);
  });

  it('final states have no way out; every other state can be left and reached', () => {
    for (const state of APPLICATION_STATES) {
      const out = TRANSITIONS.filter((t) => t.from === state);
      expect(out.length === 0).toBe(FINAL_STATES.includes(state));
      if (state !== 'draft') expect(TRANSITIONS.some((t) => t.to === state)).toBe(true);
    }
    // The applicant can withdraw from every state before a decision.
    for (const state of APPLICATION_STATES.filter((s) => !FINAL_STATES.includes(s))) {
      expect(canTransition(state, 'withdrawn', 'applicant', noExam)).toBe(true);
    }
  });
});
