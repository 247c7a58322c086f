import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MachineInfo } from './machine.ts';
import type { Summary } from './measure.ts';
import type { QueryTiming } from './query-timings.ts';

export type BenchResults = {
  label: string;
  machine: MachineInfo;
  population: {
    size: { applications: number; endorsements: number; reviewers: number; chapters: number; seed: number };
    generationMs: number | null;
    rows: Record<string, number> | null;
    chapter: { name: string; members: number; share: number };
  };
  dashboard: Record<'association' | 'chapter' | 'chapterToken', Timed>;
  firstRead: Timed;
  refresh: Timed;
  storedBytes: { association: number; chapter: number };
  queries: QueryTiming[];
};

type Timed = { summary: Summary; samples: number[] };

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';
const fmt = (n: number) => n.toLocaleString('en');

/** The results as Markdown: the machine, the population, the dashboard and each query. */
export function resultsMarkdown(r: BenchResults): string {
  const m = r.machine;
  const row = (name: string, s: Summary) =>
    `| ${name} | ${s.runs} | ${s.min} | ${s.p50} | ${s.p95} | ${s.max} |`;
  const queryRows = r.queries.map((q) => `| ${q.query} | ${q.prisma.p50} | ${q.executionMs} | ${q.rows} |`);
  const total = Math.round(r.queries.reduce((sum, q) => sum + q.prisma.p50, 0));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    START,
    `### Run "${r.label}", ${m.date.slice(0, 10)}`,
    '',
    `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.postgres.split(',')[0]}` +
      ` (${Object.entries(m.postgresSettings)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}); load average ${m.loadAverage.join(' / ')} (1 / 5 / 15 min) at the end of the run.`,
    '',
    `Population: ${fmt(r.population.size.applications)} applications, ${fmt(r.population.size.endorsements)} endorsements, ` +
      `${fmt(r.population.size.reviewers)} reviewers, ${r.population.size.chapters} chapters, seed ${r.population.size.seed}` +
      (r.population.generationMs === null
        ? ' (an existing database).'
        : `, generated in ${(r.population.generationMs / 1000).toFixed(1)} s (${fmt(
            Object.values(r.population.rows ?? {}).reduce((a, b) => a + b, 0),
          )} rows).`),
    `The chapter measured is the largest, ${r.population.chapter.name}: ${fmt(r.population.chapter.members)} members ` +
      `(${Math.round(r.population.chapter.share * 100)}% of the association).`,
    '',
    'The whole `chapterStatistics` query (every field) over HTTP, served from the stored figures,',
    'sequential runs after warm-ups, in ms:',
    '',
    '| caller | runs | min | p50 | p95 | max |',
    '|---|---|---|---|---|---|',
    row('coordinator, whole association', r.dashboard.association.summary),
    row('chapter analyst, one chapter', r.dashboard.chapter.summary),
    row("chapter's API token, one chapter", r.dashboard.chapterToken.summary),
    row('chapter analyst, no figures stored yet (counts first)', r.firstRead.summary),
    '',
    'Counting the association and all its chapters and storing the figures (`refreshStatistics`, what',
    `the background refresher does every 15 minutes), in ms; stored: ${kb(r.storedBytes.association)} for the association,`,
    `${kb(r.storedBytes.chapter)} for the chapter (compressed JSON):`,
    '',
    '| work | runs | min | p50 | p95 | max |',
    '|---|---|---|---|---|---|',
    row('count and store, 31 scopes', r.refresh.summary),
    '',
    'Each query of the count alone, for the association and all its chapters at once, in ms: p50 of the',
    "round trip through Prisma (in a transaction with the count's settings), and the server's own",
    'execution time from `EXPLAIN ANALYZE`:',
    '',
    '| query | p50 | server | rows |',
    '|---|---|---|---|',
    ...queryRows,
    `| sum (the count runs them one after another) | ${total} | | |`,
    END,
  ].join('\n');
}

/** Puts the results into the document between the markers, keeping everything around them. */
export function writeResults(markdownPath: string, jsonPath: string, r: BenchResults): void {
  mkdirSync(path.dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(r, null, 2)}\n`);
  const section = resultsMarkdown(r);
  const current = existsSync(markdownPath) ? readFileSync(markdownPath, 'utf8') : '';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current || '# Chapter statistics benchmark\n'}\n${section}\n`;
  writeFileSync(markdownPath, next);
  formatFiles([jsonPath, markdownPath]);
}

const biome = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../node_modules/.bin/biome');

/** Formats written files as the repository's lint expects (`biome check docs`); best effort. */
export function formatFiles(files: string[]): void {
  try {
    execFileSync(biome, ['format', '--write', ...files], { stdio: 'ignore' });
  } catch {
    console.warn(
      `[bench] could not format ${files.join(', ')} with biome; run \`npx biome format --write docs\``,
    );
  }
}
