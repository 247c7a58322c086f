import { randomInt } from 'node:crypto';
import { applicantUser } from './applicant-user.ts';
import { Ledger } from './ledger.ts';
import type { LoadWorld } from './load-world.ts';
import { createMetrics } from './metrics.ts';
import { analystUser, coordinatorUser, reviewerUser } from './staff-users.ts';
import type { VuEnv } from './vu-env.ts';

export type LoadOptions = {
  durationMs: number;
  users: { applicants: number; reviewers: number; coordinators: number; analysts: number };
  baseUrl: () => string;
  /** Per request: longer than this is a hang and counts as a failure. */
  timeoutMs?: number;
  thinkMs?: [number, number];
  doublePress?: number;
  readyShare?: number;
};

/**
 * The mixed load: virtual users of each kind, each a loop of what that kind of person does, all at
 * once over real HTTP until the duration ends (or `stop()`). Every acknowledged write goes into the
 * ledger; every failure into the metrics with the moment it happened.
 */
export function startLoad(world: LoadWorld, opts: LoadOptions) {
  const ledger = new Ledger();
  const metrics = createMetrics();
  const deadline = Date.now() + opts.durationMs;
  let stopped = false;
  const [minThink, maxThink] = opts.thinkMs ?? [5, 60];
  const env: VuEnv = {
    world,
    ledger,
    metrics,
    baseUrl: opts.baseUrl,
    timeoutMs: opts.timeoutMs ?? 15_000,
    doublePress: opts.doublePress ?? 0.2,
    readyShare: opts.readyShare ?? 0.5,
    running: () => !stopped && Date.now() < deadline,
    think: (afterFailure = false) =>
      new Promise((resolve) =>
        setTimeout(resolve, afterFailure ? randomInt(300, 800) : randomInt(minThink, maxThink + 1)),
      ),
  };
  const { users } = opts;
  const cycle = <T>(list: T[], n: number) => Array.from({ length: n }, (_, i) => list[i % list.length] as T);
  const done = Promise.all([
    ...Array.from({ length: users.applicants }, () => applicantUser(env)),
    ...cycle(world.reviewers, users.reviewers).map((r) => reviewerUser(env, r)),
    ...cycle(world.coordinators, users.coordinators).map((c) => coordinatorUser(env, c)),
    ...cycle(world.analysts, users.analysts).map((a) => analystUser(env, a)),
  ]).then(() => undefined);
  return {
    ledger,
    metrics,
    done,
    async stop() {
      stopped = true;
      await done;
    },
  };
}
export type LoadRun = ReturnType<typeof startLoad>;

/** The report as a few readable lines for the test output. */
export function describeRun(name: string, run: LoadRun): string {
  const r = run.metrics.report();
  const lines = [
    `[load] ${name}: ${r.requests} requests in ${(r.durationMs / 1000).toFixed(1)} s = ${r.perSecond}/s; ` +
      `latency p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, max ${r.max} ms; failures ${r.failures}`,
    `[load] acknowledged writes: ${run.ledger.totalAcks} (${[...run.ledger.acks.entries()]
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
    `[load] expected refusals: ${JSON.stringify(r.refusals)}`,
    ...Object.entries(r.byAction).map(
      ([action, s]) =>
        `[load]   ${action.padEnd(24)} ok ${String(s.ok).padStart(5)}  refused ${String(s.refused).padStart(4)}  failed ${String(s.failed).padStart(4)}  p50 ${s.p50} ms  p95 ${s.p95} ms  max ${s.max} ms`,
    ),
  ];
  return lines.join('\n');
}
