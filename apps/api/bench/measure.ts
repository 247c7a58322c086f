/** Timings of repeated runs: the summary the benchmark reports. */
export type Summary = { runs: number; min: number; p50: number; p95: number; max: number; mean: number };

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Nearest-rank percentiles (p95 of 30 runs is the 29th fastest). */
export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  return {
    runs: sorted.length,
    min: round(sorted[0] ?? Number.NaN),
    p50: round(rank(0.5)),
    p95: round(rank(0.95)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times one after another, timing each. */
export async function timeRuns(
  fn: () => Promise<unknown>,
  opts: { warmup: number; runs: number },
): Promise<{ samples: number[]; summary: Summary }> {
  for (let i = 0; i < opts.warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return { samples: samples.map(round), summary: summarize(samples) };
}
