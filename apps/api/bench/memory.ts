import { readFileSync } from 'node:fs';
import type { Child } from './child.ts';

type Sample = { at: number; rssMiB: number; heapUsedMiB?: number };
export type MemoryPhase = {
  phase: string;
  samples: number;
  rssMaxMiB: number;
  rssMeanMiB: number;
  heapUsedMaxMiB: number | null;
};
export type MemoryReport = {
  method: string;
  phases: MemoryPhase[];
  /** The kernel's high-water mark of the process's RSS (VmHWM) at the end. */
  peakRssMiB: number;
  afterLoad: { rssMiB: number; heapUsedMiB: number };
  afterGc: { rssMiB: number; heapUsedMiB: number };
  /** process.memoryUsage() after the full GC, in MiB: where the resident memory that is not heap lies. */
  afterGcUsage: Record<string, number>;
};

const MiB = 2 ** 20;
const round = (n: number) => Math.round(n * 10) / 10;

function status(pid: number): Record<string, number> {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? Number.NaN);
  return { rss: kib('VmRSS') / 1024, hwm: kib('VmHWM') / 1024 };
}

/**
 * Samples the API process: its resident set from /proc every 250 ms (what the machine gives it), and
 * its V8 heap over IPC every second (what JavaScript holds), labelled by the phase the run is in.
 */
export function memorySampler(api: Child) {
  const samples: (Sample & { phase: string })[] = [];
  let phase = 'start, sign-in, statement counts';
  let tick = 0;
  const timer = setInterval(() => {
    const s: Sample & { phase: string } = { at: Date.now(), rssMiB: status(api.pid).rss as number, phase };
    samples.push(s);
    if (tick++ % 4 === 0)
      void api.ask<{ heapUsed: number }>({ type: 'memory' }).then((m) => {
        s.heapUsedMiB = m.heapUsed / MiB;
      });
  }, 250);
  return {
    setPhase(name: string) {
      phase = name;
    },
    async stop(): Promise<MemoryReport> {
      clearInterval(timer);
      const after = await api.ask<{ heapUsed: number }>({ type: 'memory' });
      const afterRss = status(api.pid).rss as number;
      const gc = await api.ask<Record<string, number> & { heapUsed: number }>({ type: 'gc' });
      const end = status(api.pid);
      const phases = [...new Set(samples.map((s) => s.phase))].map((name) => {
        const of = samples.filter((s) => s.phase === name);
        const heaps = of.flatMap((s) => (s.heapUsedMiB === undefined ? [] : [s.heapUsedMiB]));
        return {
          phase: name,
          samples: of.length,
          rssMaxMiB: round(Math.max(...of.map((s) => s.rssMiB))),
          rssMeanMiB: round(of.reduce((a, s) => a + s.rssMiB, 0) / of.length),
          heapUsedMaxMiB: heaps.length ? round(Math.max(...heaps)) : null,
        };
      });
      return {
        method:
          'API in its own Node process (bench/api-process.ts built by build.ts, plain node); RSS from /proc/<pid>/status every 250 ms, ' +
          'V8 heapUsed over IPC every second',
        phases,
        peakRssMiB: round(end.hwm as number),
        afterLoad: { rssMiB: round(afterRss), heapUsedMiB: round(after.heapUsed / MiB) },
        afterGc: { rssMiB: round(end.rss as number), heapUsedMiB: round(gc.heapUsed / MiB) },
        afterGcUsage: Object.fromEntries(
          Object.entries(gc)
            .filter(([k]) => k !== 'id')
            .map(([k, v]) => [k, round(v / MiB)]),
        ),
      };
    },
  };
}
