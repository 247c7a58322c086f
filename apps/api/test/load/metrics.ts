import type { Json, LoadClient, Reply } from './load-client.ts';

/**
 * What one call came to. `refused` is a typed refusal the caller listed as part of normal behaviour
 * (a portfolio locked because its application was just submitted); `failed` is everything else that is
 * not the expected Success: no answer, a 5xx, a GraphQL error (INTERNAL_SERVER_ERROR included), an
 * unexpected typed error.
 */
export type Outcome = { kind: 'ok'; data: Json } | { kind: 'refused'; typename: string } | { kind: 'failed' };

export type Expect = {
  /** The root field (or its alias) to read. */
  field: string;
  /** The Success typename of a mutation's result union; queries leave it out. */
  success?: string;
  refusals?: readonly string[];
};

export type ErrorSample = {
  at: number;
  action: string;
  what: string;
  status: number;
  ms: number;
  variables?: string;
};

type ActionStats = { ok: number; refused: number; failed: number; latencies: number[] };

export function classify(reply: Reply, expect: Expect): { outcome: Outcome; what?: string } {
  if (reply.failure)
    return { outcome: { kind: 'failed' }, what: `${reply.failure}: ${reply.failureMessage}` };
  const errors = reply.json?.errors ?? [];
  if (reply.status >= 500 || errors.length > 0 || !reply.json) {
    const codes = errors.map((e) => `${e.extensions?.code ?? '?'} ${e.message}`).join('; ');
    return { outcome: { kind: 'failed' }, what: `http ${reply.status}${codes ? `: ${codes}` : ''}` };
  }
  const value = reply.json.data?.[expect.field];
  if (value === null || value === undefined) return { outcome: { kind: 'failed' }, what: 'no data' };
  if (!expect.success) return { outcome: { kind: 'ok', data: value } };
  const typename = String(value.__typename);
  if (typename === expect.success) return { outcome: { kind: 'ok', data: value.data ?? value } };
  if (expect.refusals?.includes(typename)) return { outcome: { kind: 'refused', typename } };
  return { outcome: { kind: 'failed' }, what: `unexpected ${typename}: ${value.message ?? ''}` };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0);

/** Counts, latencies and every failure of a run, with the time each failure happened. */
export function createMetrics() {
  const started = Date.now();
  const actions = new Map<string, ActionStats>();
  const errors: ErrorSample[] = [];
  const refusals = new Map<string, number>();
  let requests = 0;

  const statsOf = (action: string) => {
    let stats = actions.get(action);
    if (!stats) {
      stats = { ok: 0, refused: 0, failed: 0, latencies: [] };
      actions.set(action, stats);
    }
    return stats;
  };

  return {
    started,
    errors,
    /** Sends one operation and records how it went. */
    async call(
      client: LoadClient,
      action: string,
      query: string,
      variables: Json | undefined,
      expect: Expect,
    ) {
      const reply = await client.call(query, variables);
      requests += 1;
      const { outcome, what } = classify(reply, expect);
      const stats = statsOf(action);
      stats.latencies.push(reply.ms);
      if (outcome.kind === 'ok') stats.ok += 1;
      else if (outcome.kind === 'refused') {
        stats.refused += 1;
        refusals.set(
          `${action}: ${outcome.typename}`,
          (refusals.get(`${action}: ${outcome.typename}`) ?? 0) + 1,
        );
      } else {
        stats.failed += 1;
        errors.push({
          at: Date.now(),
          action,
          what: what ?? '',
          status: reply.status,
          ms: reply.ms,
          variables: JSON.stringify(variables ?? {}).slice(0, 200),
        });
      }
      return outcome;
    },
    /** A failure outside a GraphQL call (an account that could not be made or signed in). */
    fail(action: string, what: string) {
      statsOf(action).failed += 1;
      errors.push({ at: Date.now(), action, what, status: 0, ms: 0 });
    },
    report() {
      const durationMs = Date.now() - started;
      const all = [...actions.values()].flatMap((s) => s.latencies).sort((a, b) => a - b);
      const byAction = Object.fromEntries(
        [...actions.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([action, s]) => {
            const sorted = [...s.latencies].sort((a, b) => a - b);
            return [
              action,
              {
                ok: s.ok,
                refused: s.refused,
                failed: s.failed,
                p50: percentile(sorted, 0.5),
                p95: percentile(sorted, 0.95),
                max: sorted[sorted.length - 1] ?? 0,
              },
            ];
          }),
      );
      return {
        durationMs,
        requests,
        perSecond: Math.round((requests / durationMs) * 10_000) / 10,
        p50: percentile(all, 0.5),
        p95: percentile(all, 0.95),
        p99: percentile(all, 0.99),
        max: all[all.length - 1] ?? 0,
        failures: errors.length,
        byAction,
        refusals: Object.fromEntries(refusals),
      };
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
export type LoadReport = ReturnType<Metrics['report']>;
