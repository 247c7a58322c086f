export type PeriodicJob = { stop(): Promise<void> };

/**
 * Runs `run` every `intervalMs` (and once `firstAfterMs` after start, when given), one run at a time:
 * a run that outlasts the interval delays the next instead of overlapping it. Errors are logged under
 * the job's name, never fatal. The timers do not keep the process alive; `stop` waits for a run under way.
 */
export function startPeriodicJob(
  name: string,
  run: () => Promise<unknown>,
  opts: { intervalMs: number; firstAfterMs?: number },
): PeriodicJob {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(run).catch((error) => console.error(`[${name}] failed:`, error));
  };
  const first = opts.firstAfterMs === undefined ? undefined : setTimeout(tick, opts.firstAfterMs);
  const timer = setInterval(tick, opts.intervalMs);
  first?.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
