import autocannon, { type Result } from 'autocannon';

export type LoadOptions = {
  connections: number;
  durationS: number;
  warmupS: number;
  /** A pause after the warm-up, so that requests it left in flight finish before the measured run. */
  drainMs?: number;
  /** The server's cumulative CPU time (ms), read before and after the measured run. */
  serverCpuMs?: () => Promise<number>;
};

export type LoadResult = {
  requests: number;
  /** Completed requests per second over the measured run. */
  rps: number;
  /** Latency percentiles (ms) over every response of the measured run, exact (nearest rank). */
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** The server process's CPU time (user + system) per completed request of the measured run, in ms. */
  serverCpuMsPerRequest: number | null;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** autocannon's own summary, kept in the raw output. */
  autocannon: Pick<Result, 'latency' | 'requests' | 'throughput' | 'duration'>;
};

function run(
  target: { url: string; headers: Record<string, string>; body: string },
  connections: number,
  durationS: number,
) {
  const latencies: number[] = [];
  return new Promise<{ result: Result; latencies: number[] }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: target.headers,
        body: target.body,
        connections,
        duration: durationS,
        // The slowest page takes seconds under load: a response is measured, not dropped at 10 s.
        timeout: 120,
      },
      (err, result) => (err ? reject(err) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A warm-up run (discarded), then `connections` concurrent clients for `durationS` seconds. */
export async function load(
  target: { url: string; headers: Record<string, string>; body: string },
  opts: LoadOptions,
): Promise<LoadResult> {
  if (opts.warmupS > 0) await run(target, opts.connections, opts.warmupS);
  await new Promise((resolve) => setTimeout(resolve, opts.drainMs ?? 500));
  const cpuBefore = await opts.serverCpuMs?.();
  const { result, latencies } = await run(target, opts.connections, opts.durationS);
  const cpuAfter = await opts.serverCpuMs?.();
  const sorted = latencies.sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  return {
    requests: sorted.length,
    rps: round(sorted.length / result.duration),
    p50: round(rank(0.5)),
    p95: round(rank(0.95)),
    p99: round(rank(0.99)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    serverCpuMsPerRequest:
      cpuBefore === undefined || cpuAfter === undefined
        ? null
        : round((cpuAfter - cpuBefore) / sorted.length),
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    autocannon: {
      latency: result.latency,
      requests: result.requests,
      throughput: result.throughput,
      duration: result.duration,
    },
  };
}
