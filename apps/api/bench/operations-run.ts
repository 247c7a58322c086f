import { signedInClient } from '../test/helpers/sign-in.ts';
import type { Child } from './child.ts';
import { type LoadOptions, type LoadResult, load } from './load.ts';
import type { memorySampler } from './memory.ts';
import { type BenchWorld, type Caller, OPERATIONS, type Operation } from './operations/index.ts';
import { asApolloSends, firstDifference, withoutTypename } from './operations/operation.ts';
import { countStatements, type StatementCount, shortStatement } from './statement-count.ts';

export type OperationResult = {
  name: string;
  title: string;
  source: string;
  caller: Caller;
  /** Concurrent connections used: the default, fewer for a page too slow to answer any at that load. */
  connections: number;
  /** One request alone (ms), before the load: what picked the connections. */
  singleMs: { graphql: number; raw: number };
  /** Null when the raw handler returned exactly what GraphQL did; else the first difference. */
  sameData: string | null;
  responseBytes: { graphql: number; raw: number };
  graphql: LoadResult;
  raw: LoadResult;
  /** GraphQL ÷ raw: latency ratios (higher is slower) and throughput ratio (lower is slower). */
  ratio: { p50: number; p95: number; p99: number; rps: number };
};

export const QUEUE_PAGE_SIZES = [10, 25, 50, 100] as const;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const timed = async (fn: () => Promise<unknown>) => {
  const t0 = performance.now();
  await fn();
  return Math.round((performance.now() - t0) * 10) / 10;
};

type Target = { url: string; headers: Record<string, string>; body: string };

export async function measureOperations(opts: {
  api: Child;
  raw: Child;
  world: BenchWorld;
  load: LoadOptions;
  memory: ReturnType<typeof memorySampler>;
  only?: string[] | undefined;
  log: (line: string) => void;
}) {
  const { api, raw, world, log } = opts;
  const apiUrl = `http://127.0.0.1:${api.port}`;
  const cookies: Record<Caller, string> = {
    applicant: (await signedInClient(apiUrl, world.applicant.email)).cookie,
    coordinator: (await signedInClient(apiUrl, world.coordinator.email)).cookie,
    analyst: (await signedInClient(apiUrl, world.analyst.email)).cookie,
  };
  const graphqlTarget = (op: Operation, pageSize?: number): Target => ({
    url: `${apiUrl}/graphql`,
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      cookie: cookies[op.caller],
    },
    body: JSON.stringify({
      query: asApolloSends(op.document),
      variables: op.variables(world, pageSize),
    }),
  });
  const rawTarget = (op: Operation, pageSize?: number): Target => ({
    url: `http://127.0.0.1:${raw.port}/${op.name}`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(op.rawParams(world, pageSize)),
  });
  const send = async (t: Target) => {
    const res = await fetch(t.url, { method: 'POST', headers: t.headers, body: t.body });
    const text = await res.text();
    return { status: res.status, text, json: JSON.parse(text) as { data?: unknown; errors?: unknown } };
  };

  const operations = OPERATIONS.filter((op) => !opts.only || opts.only.includes(op.name));
  const statements: StatementCount[] = [];
  for (const op of operations) {
    for (const pageSize of op.name === 'queue-page' ? QUEUE_PAGE_SIZES : [null]) {
      const target = graphqlTarget(op, pageSize ?? undefined);
      await send(target); // warm: the first request of a session also refreshes its lastSeenAt
      let answer: Awaited<ReturnType<typeof send>> | undefined;
      const counted = await countStatements(api, async () => {
        answer = await send(target);
      });
      const errors = answer?.json.errors as { message: string }[] | undefined;
      statements.push({
        operation: op.name,
        pageSize,
        count: counted.count,
        refused: errors?.[0]?.message ?? null,
        statements: counted.statements.map(shortStatement),
      });
      log(
        `${op.name}${pageSize ? ` first ${pageSize}` : ''}: ${counted.count} SQL statements${errors ? ` (refused: ${errors[0]?.message})` : ''}`,
      );
    }
  }

  const results: OperationResult[] = [];
  for (const op of operations) {
    const gTarget = graphqlTarget(op);
    const rTarget = rawTarget(op);
    const g = await send(gTarget);
    if (g.status !== 200 || g.json.errors || !g.json.data)
      throw new Error(`${op.name}: GraphQL answered ${g.status} ${g.text.slice(0, 2000)}`);
    const r = await send(rTarget);
    if (r.status !== 200)
      throw new Error(`${op.name}: raw handler answered ${r.status} ${r.text.slice(0, 2000)}`);
    const sameData = firstDifference(withoutTypename(g.json.data), r.json.data);
    const single = { graphql: await timed(() => send(gTarget)), raw: await timed(() => send(rTarget)) };
    // A closed loop of `connections` clients needs a run several times longer than `connections`
    // requests take one after another, or it measures nothing; a page that slow gets fewer clients.
    const fits = Math.floor((opts.load.durationS * 1000) / (4 * single.graphql));
    const connections = Math.max(1, Math.min(opts.load.connections, fits));
    const loadOpts = {
      ...opts.load,
      connections,
      drainMs: Math.min(60_000, 500 + connections * single.graphql),
    };
    const cpuOf = (child: Child) => async () => {
      const u = await child.ask<{ user: number; system: number }>({ type: 'cpu' });
      return (u.user + u.system) / 1000;
    };
    log(
      `${op.name}: ${sameData ? `DATA DIFFERS at ${sameData}` : 'same data'}; alone ${single.graphql} ms (raw ${single.raw} ms); ` +
        `load ${connections} connections`,
    );
    opts.memory.setPhase(`graphql ${op.name}`);
    const graphql = await load(gTarget, { ...loadOpts, serverCpuMs: cpuOf(api) });
    opts.memory.setPhase(`raw ${op.name}`);
    const rawLoad = await load(rTarget, { ...loadOpts, serverCpuMs: cpuOf(raw) });
    opts.memory.setPhase('between runs');
    for (const [name, run] of [
      ['graphql', graphql],
      ['raw', rawLoad],
    ] as const)
      if (run.errors || run.non2xx || run.timeouts)
        log(`  ${name}: ${run.errors} errors, ${run.non2xx} non-2xx, ${run.timeouts} timeouts`);
    const after = await send(gTarget);
    if (after.json.errors)
      throw new Error(`${op.name}: GraphQL failed after the load: ${after.text.slice(0, 1000)}`);
    results.push({
      name: op.name,
      title: op.title,
      source: op.source,
      caller: op.caller,
      connections,
      singleMs: single,
      sameData,
      responseBytes: { graphql: Buffer.byteLength(g.text), raw: Buffer.byteLength(r.text) },
      graphql,
      raw: rawLoad,
      ratio: {
        p50: ratio(graphql.p50, rawLoad.p50),
        p95: ratio(graphql.p95, rawLoad.p95),
        p99: ratio(graphql.p99, rawLoad.p99),
        rps: ratio(graphql.rps, rawLoad.rps),
      },
    });
    log(
      `  graphql p50 ${graphql.p50} ms, ${graphql.rps} req/s; raw p50 ${rawLoad.p50} ms, ${rawLoad.rps} req/s; ratio p50 ${ratio(graphql.p50, rawLoad.p50)}`,
    );
  }
  return { operations: results, statements };
}
