import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type AppBundle, FIRST_ROUTE_LIMIT_KB } from './bundle-size.ts';
import type { LoadOptions } from './load.ts';
import type { MachineInfo } from './machine.ts';
import type { MemoryReport } from './memory.ts';
import type { BenchWorld } from './operations/index.ts';
import type { OperationResult } from './operations-run.ts';
import type { RulesThroughput } from './rules-throughput.ts';
import type { StatementCount } from './statement-count.ts';

export type OperationsResults = {
  label: string;
  machine: MachineInfo;
  scale: string;
  population: {
    size: { applications: number; endorsements: number; reviewers: number; chapters: number; seed: number };
    generationMs: number | null;
    rows: Record<string, number> | null;
    reviewAssignmentsAdded: number;
  };
  load: LoadOptions;
  world: BenchWorld;
  operations: OperationResult[];
  statements: StatementCount[];
  rules: RulesThroughput;
  bundles: AppBundle[];
  bundlesBuilt: boolean;
  memory: MemoryReport;
};

const START = '<!-- bench:operations:start -->';
const END = '<!-- bench:operations:end -->';
const fmt = (n: number) => n.toLocaleString('en');
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const MB_PER_MIB = 2 ** 20 / 1e6;

type Target = { target: string; measured: string; met: boolean };

export function targetsOf(r: OperationsResults): Target[] {
  const op = (name: string) => r.operations.find((o) => o.name === name);
  const out: Target[] = [];
  const queue = op('queue-page');
  if (queue)
    out.push({
      target: 'Queue page: GraphQL p50 ≤ 1.5 × raw SQL p50',
      measured: `${queue.ratio.p50} × (${queue.graphql.p50} vs ${queue.raw.p50} ms)`,
      met: queue.ratio.p50 <= 1.5,
    });
  const queueCounts = r.statements.filter((s) => s.operation === 'queue-page' && !s.refused);
  if (queueCounts.length)
    out.push({
      target: 'Queue page: SQL statements constant in page size',
      measured: queueCounts.map((s) => `${s.count} at ${s.pageSize}`).join(', '),
      met: new Set(queueCounts.map((s) => s.count)).size === 1,
    });
  const chapter = op('chapter-dashboard');
  if (chapter)
    out.push({
      target: 'Chapter dashboard: GraphQL p50 ≤ 1.3 × raw SQL p50',
      measured: `${chapter.ratio.p50} × (${chapter.graphql.p50} vs ${chapter.raw.p50} ms)`,
      met: chapter.ratio.p50 <= 1.3,
    });
  for (const b of r.bundles)
    out.push({
      target: `${b.app === 'portal' ? 'Portal' : 'Admin'} first-route JavaScript ≤ ${FIRST_ROUTE_LIMIT_KB[b.app as 'portal']} KB gzip`,
      measured: `${kB(b.jsGzipBytes)} KB`,
      met: b.jsGzipBytes <= FIRST_ROUTE_LIMIT_KB[b.app as 'portal'] * 1000,
    });
  const peakMB = r.memory.peakRssMiB * MB_PER_MIB;
  out.push({
    target: 'API memory under load ≤ 250 MB (peak RSS)',
    measured: `${peakMB.toFixed(0)} MB (${r.memory.peakRssMiB} MiB)`,
    met: peakMB <= 250,
  });
  return out;
}

export function operationsMarkdown(r: OperationsResults): string {
  const m = r.machine;
  const p = r.population;
  const rows = (list: string[]) => list.join('\n');
  return [
    START,
    `### Run "${r.label}", ${m.date.slice(0, 10)} (scale: ${r.scale})`,
    '',
    `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.postgres.split(',')[0]}. ` +
      'API, bare SQL server, autocannon and PostgreSQL share these CPUs.',
    '',
    `Population: ${fmt(p.size.applications)} applications, ${fmt(p.size.endorsements)} endorsements, ${fmt(p.size.reviewers)} reviewers, ` +
      `${p.size.chapters} chapters (seed ${p.size.seed})` +
      (p.generationMs === null
        ? ' (an existing database)'
        : `, generated in ${(p.generationMs / 1000).toFixed(1)} s`) +
      `, plus ${fmt(p.reviewAssignmentsAdded)} review assignments and the working set (bench/working-set.ts).`,
    `Load: autocannon, ${r.load.connections} connections for ${r.load.durationS} s after a ${r.load.warmupS} s warm-up, ` +
      'one operation at a time (a page too slow to answer within the run gets fewer connections: `conns`); ' +
      'latencies in ms (exact percentiles over every response). Ratios are GraphQL ÷ raw (req/s: raw ÷ GraphQL would be the slowdown).',
    '',
    '#### GraphQL (the whole API) against hand-written SQL behind a bare handler',
    '',
    '| operation | conns | GraphQL p50 | p95 | p99 | req/s | raw p50 | p95 | p99 | req/s | ratio p50 | ratio p95 | ratio p99 | same data |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    rows(
      r.operations.map(
        (o) =>
          `| ${o.name} | ${o.connections} | ${o.graphql.p50} | ${o.graphql.p95} | ${o.graphql.p99} | ${o.graphql.rps} | ${o.raw.p50} | ${o.raw.p95} | ${o.raw.p99} | ${o.raw.rps} | ` +
          `**${o.ratio.p50}** | ${o.ratio.p95} | ${o.ratio.p99} | ${o.sameData ? `no: ${o.sameData.slice(0, 80)}` : 'yes'} |`,
      ),
    ),
    '',
    'Server CPU per request (ms, user + system of the serving process over the measured run; PostgreSQL not included):',
    '',
    '| operation | GraphQL API | raw handler | ratio |',
    '|---|---|---|---|',
    rows(
      r.operations.map((o) => {
        const g = o.graphql.serverCpuMsPerRequest;
        const w = o.raw.serverCpuMsPerRequest;
        return `| ${o.name} | ${g ?? '–'} | ${w ?? '–'} | ${g && w ? (g / w).toFixed(1) : '–'} |`;
      }),
    ),
    '',
    '#### SQL statements per request (counted at the driver, session lookup included)',
    '',
    '| operation | page size | statements |',
    '|---|---|---|',
    rows(
      r.statements.map(
        (s) =>
          `| ${s.operation} | ${s.pageSize ?? '–'} | ${s.refused ? `refused by the API: ${s.refused}` : s.count} |`,
      ),
    ),
    '',
    `#### Rules engine: evaluate() over ${r.rules.portfolios} real portfolios (${r.rules.edition}, one thread)`,
    '',
    '| target | evaluations/s | eligible |',
    '|---|---|---|',
    rows(
      r.rules.perTarget.map(
        (t) => `| ${t.target} | ${fmt(t.evaluationsPerSecond)} | ${Math.round(t.eligibleShare * 100)}% |`,
      ),
    ),
    '',
    `#### First-route JavaScript (index.html's script + its modulepreloads, gzip level 6${r.bundlesBuilt ? ', fresh build' : ', existing dist/'})`,
    '',
    '| app | files | JS | JS gzip | CSS gzip |',
    '|---|---|---|---|---|',
    rows(
      r.bundles.map(
        (b) =>
          `| ${b.app} | ${b.files.length} | ${kB(b.jsBytes)} KB | **${kB(b.jsGzipBytes)} KB** | ${kB(b.cssGzipBytes)} KB |`,
      ),
    ),
    '',
    `#### API memory (${r.memory.method})`,
    '',
    '| phase | RSS max (MiB) | RSS mean (MiB) | heap used max (MiB) |',
    '|---|---|---|---|',
    rows(
      r.memory.phases.map(
        (ph) => `| ${ph.phase} | ${ph.rssMaxMiB} | ${ph.rssMeanMiB} | ${ph.heapUsedMaxMiB ?? '–'} |`,
      ),
    ),
    `| after the load | ${r.memory.afterLoad.rssMiB} | | ${r.memory.afterLoad.heapUsedMiB} |`,
    `| after a full GC | ${r.memory.afterGc.rssMiB} | | ${r.memory.afterGc.heapUsedMiB} |`,
    '',
    `Peak RSS (VmHWM): ${r.memory.peakRssMiB} MiB. After the full GC, process.memoryUsage() in MiB: ` +
      Object.entries(r.memory.afterGcUsage)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') +
      '.',
    '',
    '#### Targets',
    '',
    '| target | measured | |',
    '|---|---|---|',
    rows(targetsOf(r).map((t) => `| ${t.target} | ${t.measured} | ${t.met ? 'met' : '**missed**'} |`)),
    END,
  ].join('\n');
}

/** Writes the raw JSON (one file per day) and puts the tables into operations.md between the markers. */
export function writeOperationsReport(repoRoot: string, r: OperationsResults) {
  const dir = path.join(repoRoot, 'docs/benchmarks');
  const json = path.join(dir, 'raw', `operations-${r.machine.date.slice(0, 10)}.json`);
  mkdirSync(path.dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify({ ...r, targets: targetsOf(r) }, null, 2)}\n`);
  const markdown = path.join(dir, 'operations.md');
  const section = operationsMarkdown(r);
  const current = existsSync(markdown) ? readFileSync(markdown, 'utf8') : '';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  writeFileSync(
    markdown,
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current || '# Operations benchmark\n'}\n${section}\n`,
  );
  // Committed files: formatted as `npm run lint` expects, so a new run leaves the check green.
  execFileSync(path.join(repoRoot, 'node_modules/.bin/biome'), ['format', '--write', markdown, json], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
  return { markdown: path.relative(repoRoot, markdown), json: path.relative(repoRoot, json) };
}
