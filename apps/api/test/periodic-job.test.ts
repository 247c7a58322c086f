import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from '../src/jobs/periodic-job.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a periodic job', () => {
  it('runs soon after start, then every interval', async () => {
    const run = vi.fn(async () => {});
    const job = startPeriodicJob('test', run, { intervalMs: 1000, firstAfterMs: 100 });
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).toHaveBeenCalledTimes(3);
    await job.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('never overlaps a run with the next, and stop waits for the run under way', async () => {
    let active = 0;
    let most = 0;
    let finished = 0;
    const run = vi.fn(async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      active--;
      finished++;
    });
    const job = startPeriodicJob('test', run, { intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(most).toBe(1);
    const stopped = job.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    await stopped;
    expect(active).toBe(0);
    expect(finished).toBe(run.mock.calls.length);
  });

  it('logs a failed run under its name and keeps running', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const run = vi.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValue(undefined);
    const job = startPeriodicJob('statistics', run, { intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledWith(
      '[statistics] failed:',
      expect.objectContaining({ message: 'database away' }),
    );
    await job.stop();
  });
});
