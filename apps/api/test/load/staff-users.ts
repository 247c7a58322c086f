import { randomInt } from 'node:crypto';
import { ASSIGN, SAVE_REVIEW, SUBMIT_REVIEW, userGlobalId } from '../helpers/review.ts';
import { STATISTICS } from '../helpers/statistics.ts';
import type { Actor } from './load-world.ts';
import { MY_ASSIGNMENTS, QUEUE, RUBRIC } from './operations.ts';
import type { VuEnv } from './vu-env.ts';

const pick = <T>(list: readonly T[]): T | undefined => list[randomInt(Math.max(1, list.length))];
const token = () => Math.random().toString(36).slice(2, 8);

async function loop(env: VuEnv, step: () => Promise<void>) {
  while (env.running()) {
    const failures = env.metrics.errors.length;
    await step();
    await env.think(env.metrics.errors.length > failures);
  }
}

/**
 * A reviewer works through their open assignments: opens one (its rubric), saves a partial draft,
 * then a complete one with a recommendation, then submits it. With nothing assigned, reads the queue.
 */
export function reviewerUser(env: VuEnv, reviewer: Actor) {
  let current: { assignmentId: string; domains: string[]; saved: number } | undefined;
  const { metrics, ledger } = env;
  const errors = ['ConflictError'];
  return loop(env, async () => {
    if (!current) {
      const mine = await metrics.call(
        reviewer.client,
        'myAssignments',
        MY_ASSIGNMENTS,
        {},
        { field: 'myAssignments' },
      );
      if (mine.kind !== 'ok') return;
      const open = (mine.data as unknown as { id: string; application: { id: string } }[]).filter(
        (a) => !ledger.reviews.get(a.id)?.submitted,
      );
      const chosen = pick(open);
      if (!chosen) {
        await metrics.call(
          reviewer.client,
          'reviewerQueue',
          QUEUE,
          { first: 25 },
          { field: 'applicationQueue' },
        );
        return;
      }
      const rubric = await metrics.call(
        reviewer.client,
        'openApplication',
        RUBRIC,
        { id: chosen.application.id },
        {
          field: 'application',
        },
      );
      if (rubric.kind !== 'ok') return;
      const domains = (rubric.data.rubric as { id: string }[]).map((d) => d.id);
      current = { assignmentId: chosen.id, domains, saved: 0 };
      return;
    }
    const { assignmentId, domains } = current;
    if (current.saved < 2) {
      // First a draft with half the domains scored, then the whole rubric and a recommendation.
      const full = current.saved === 1;
      const scored = full ? domains : domains.slice(0, Math.ceil(domains.length / 2));
      const comments = `Load review ${token()}`;
      const input = {
        scores: scored.map((domainId) => ({ domainId, score: randomInt(3, 6) })),
        comments,
        recommendation: full ? 'ENDORSE' : null,
      };
      const o = await metrics.call(
        reviewer.client,
        'saveReview',
        SAVE_REVIEW,
        { id: assignmentId, input },
        {
          field: 'saveReview',
          success: 'MutationSaveReviewSuccess',
          refusals: errors,
        },
      );
      const known = ledger.reviews.get(assignmentId);
      if (o.kind === 'ok') {
        ledger.reviews.set(assignmentId, { assignmentId, comments, submitted: false, uncertain: false });
        ledger.ack('saveReview');
        current.saved += 1;
      } else if (o.kind === 'failed' && known) known.uncertain = true;
      else if (o.kind === 'refused') current = undefined;
      return;
    }
    const o = await metrics.call(
      reviewer.client,
      'submitReview',
      SUBMIT_REVIEW,
      { id: assignmentId },
      {
        field: 'submitReview',
        success: 'MutationSubmitReviewSuccess',
        refusals: errors,
      },
    );
    const known = ledger.reviews.get(assignmentId);
    if (o.kind === 'ok' && known) {
      Object.assign(known, { submitted: true, uncertain: false });
      ledger.ack('submitReview');
    } else if (known && o.kind === 'failed') known.uncertain = true;
    // Submitted, refused (already submitted after an unanswered try) or in doubt: on to the next one.
    if (o.kind !== 'failed') current = undefined;
  });
}

/**
 * A coordinator reads the queue and its counts most of the time, the association's statistics now and
 * then, and sends newly submitted files to review by assigning a reviewer.
 */
export function coordinatorUser(env: VuEnv, coordinator: Actor) {
  const { metrics, ledger, world } = env;
  return loop(env, async () => {
    const r = Math.random();
    if (r < 0.55) {
      await metrics.call(
        coordinator.client,
        'readQueue',
        QUEUE,
        { first: 25 },
        { field: 'applicationQueue' },
      );
      return;
    }
    if (r < 0.7) {
      await metrics.call(
        coordinator.client,
        'associationStatistics',
        STATISTICS,
        {
          associationId: world.association.id,
        },
        { field: 'chapterStatistics' },
      );
      return;
    }
    const queue = await metrics.call(
      coordinator.client,
      'readQueue',
      QUEUE,
      { filter: { statuses: ['SUBMITTED'] }, first: 10 },
      { field: 'applicationQueue' },
    );
    if (queue.kind !== 'ok') return;
    const file = pick(queue.data.edges as { node: { id: string } }[])?.node;
    const reviewer = pick(world.reviewers);
    if (!file || !reviewer) return;
    const o = await metrics.call(
      coordinator.client,
      'assignReviewer',
      ASSIGN,
      { applicationId: file.id, reviewerId: userGlobalId(reviewer.userId) },
      {
        field: 'assignReviewer',
        success: 'MutationAssignReviewerSuccess',
        // Two coordinators on one file: the second finds the reviewer already assigned.
        refusals: ['ConflictError', 'ConflictOfInterestError'],
      },
    );
    if (o.kind === 'ok') {
      ledger.assignments.set(o.data.id, {
        id: o.data.id,
        applicationId: file.id,
        reviewerId: reviewer.userId,
      });
      ledger.ack('assignReviewer');
    } else if (o.kind === 'failed') ledger.noAnswer(`assignment:${file.id}`);
  });
}

/** A chapter analyst reads their chapter's statistics, over the default period or one level. */
export function analystUser(env: VuEnv, analyst: Actor) {
  const levels = [undefined, 'IFA', 'IFS', 'IMHS'];
  return loop(env, async () => {
    await env.metrics.call(
      analyst.client,
      'chapterStatistics',
      STATISTICS,
      { level: pick(levels) },
      {
        field: 'chapterStatistics',
      },
    );
  });
}
