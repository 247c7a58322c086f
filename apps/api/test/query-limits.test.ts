import { type DocumentNode, Kind, validate, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as admin from '../../admin/src/gql/graphql.ts';
import * as portal from '../../portal/src/gql/graphql.ts';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/env.ts';
import { QUERY_LIMITS, queryLimitRules } from '../src/http/query-limits.ts';
import { withPageSizes } from '../src/http/variable-cost.ts';
import { schema } from '../src/schema/index.ts';
import { memoryTransport } from './helpers/memory-transport.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const post = async (url: string, query: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { errors?: { message: string }[]; data?: unknown },
  };
};

/** application → assignments → application → …: the schema's cycle, `levels` fields deep. */
const deep = (levels: number) => {
  let body = 'id';
  for (let i = 2; i < levels; i += 2) body = `assignments { application { ${body} } }`;
  return `query { application(id: "x") { ${body} } }`;
};

const refusedFor = (body: { errors?: { message: string }[] }, pattern: RegExp) =>
  (body.errors ?? []).some((e) => pattern.test(e.message));

describe('query limits', () => {
  it('let every app operation through at the largest page a connection allows (100)', () => {
    const documents = Object.entries({ ...portal, ...admin }).filter(
      ([name, doc]) => name.endsWith('Document') && (doc as DocumentNode)?.kind === Kind.DOCUMENT,
    );
    for (const [name, doc] of documents) {
      const paged = withPageSizes(doc as DocumentNode, { first: 100, last: 100 });
      const named = visit(paged, {
        Argument(node) {
          if (node.value.kind !== Kind.VARIABLE || !['first', 'last'].includes(node.name.value))
            return undefined;
          return { ...node, value: { kind: Kind.INT, value: '100' } };
        },
      });
      expect(
        validate(schema, named, queryLimitRules).map((e) => e.message),
        name,
      ).toEqual([]);
    }
  });

  it('let every operation the portal and the admin console send through', () => {
    const documents = Object.entries({ ...portal, ...admin }).filter(
      ([name, doc]) => name.endsWith('Document') && (doc as DocumentNode)?.kind === Kind.DOCUMENT,
    );
    expect(documents.length).toBeGreaterThan(50);
    for (const [name, doc] of documents) {
      expect(
        validate(schema, doc as DocumentNode, queryLimitRules).map((e) => e.message),
        name,
      ).toEqual([]);
    }
  });

  it(`refuse a query deeper than ${QUERY_LIMITS.depth}, before running it`, async () => {
    expect(refusedFor((await post(server.url, deep(QUERY_LIMITS.depth))).body, /depth/i)).toBe(false);
    const res = await post(server.url, deep(QUERY_LIMITS.depth + 4));
    expect(res.status).toBe(400);
    expect(refusedFor(res.body, /depth/i)).toBe(true);
  });

  it(`refuse more than ${QUERY_LIMITS.aliases} aliases`, async () => {
    const aliases = (n: number) =>
      `query { ${Array.from({ length: n }, (_, i) => `a${i}: associations { id }`).join(' ')} }`;
    expect((await post(server.url, aliases(QUERY_LIMITS.aliases))).body.errors).toBeUndefined();
    expect(refusedFor((await post(server.url, aliases(QUERY_LIMITS.aliases + 1))).body, /alias/i)).toBe(true);
  });

  it(`refuse more than ${QUERY_LIMITS.directives} directives`, async () => {
    const directives = `query { associations { id ${'@include(if: true) '.repeat(QUERY_LIMITS.directives + 1)} } }`;
    expect(refusedFor((await post(server.url, directives)).body, /directive/i)).toBe(true);
  });

  it(`refuse more than ${QUERY_LIMITS.tokens} tokens without parsing them`, async () => {
    const res = await post(server.url, `query { associations { ${'id '.repeat(QUERY_LIMITS.tokens)} } }`);
    expect(res.status).toBe(400);
    expect(refusedFor(res.body, /token/i)).toBe(true);
  });

  it(`refuse a query costing more than ${QUERY_LIMITS.cost}`, async () => {
    // Within the depth and alias limits, but fanning out through every relation of the queue.
    const page = `applicationQueue(first: 100) { totalCount edges { node { id status level track submittedAt
      assignments { id status dueAt reviewer { id name email } application { id status level assignments { id status } } }
      decisions { id kind message createdAt } exams { id passed scorePercent } } } }`;
    const query = `query { ${Array.from({ length: QUERY_LIMITS.aliases }, (_, i) => `q${i}: ${page}`).join(' ')} }`;
    const res = await post(server.url, query);
    expect(refusedFor(res.body, /cost/i)).toBe(true);
    expect(refusedFor(res.body, /depth|alias/i)).toBe(false);
  });

  it('cost page sizes given as variables, as the apps send them', async () => {
    const page = (
      i: number,
    ) => `q${i}: applicationQueue(first: $n) { totalCount edges { node { id status level
      assignments { id status reviewer { id name email } application { id assignments { id status } } }
      decisions { id kind message } } } }`;
    const query = `query Pages($n: Int) { ${Array.from({ length: QUERY_LIMITS.aliases }, (_, i) => page(i)).join(' ')} }`;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query, variables: { n: 100 } }),
    });
    const body = (await res.json()) as { errors?: { message: string }[] };
    expect(refusedFor(body, /cost/i)).toBe(true);
    expect(res.status).toBe(400);
  });

  it('hide the schema in production: no introspection, no field suggestions', async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://endorse.example.org',
      DATA_DIR: '/tmp/imh-prod-test',
      SESSION_SECRET: 'x'.repeat(40),
    });
    const { app, stop } = await createApp({
      prisma: server.prisma,
      config,
      mailTransport: memoryTransport(),
    });
    const http = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => http.once('listening', () => resolve()));
    const url = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
    try {
      const introspection = await post(url, 'query { __schema { types { name } } }');
      expect(refusedFor(introspection.body, /introspection/i)).toBe(true);
      const typo = await post(url, 'query { associationz { id } }');
      expect(typo.body.errors?.[0]?.message).toBe('Cannot query field "associationz" on type "Query".');
      const devTypo = await post(server.url, 'query { associationz { id } }');
      expect(devTypo.body.errors?.[0]?.message).toContain('Did you mean');
    } finally {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await stop();
    }
  });
});
