import fc from 'fast-check';
import { getNamedType, isLeafType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { valueFor } from './fuzz/arbitraries.ts';
import { changedTables, fingerprint } from './fuzz/fingerprint.ts';
import { readyIfaApplication } from './helpers/applications.ts';
import { createUser } from './helpers/factories.ts';
import { type GraphqlClient, graphqlClient } from './helpers/graphql-client.ts';
import { endorsee } from './helpers/renewals.ts';
import { addReviewer } from './helpers/review.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

/**
 * Every mutation, called by every kind of caller with random and hostile arguments (wrong types,
 * huge and odd strings, extreme numbers, impossible and inverted dates, ids of other people's
 * records): the answer is always a typed result or a typed GraphQL error, never an internal error,
 * and a call that is refused leaves the database exactly as it was.
 *
 * FUZZ_RUNS sets the calls per mutation and caller: a few in `npm test`, hundreds for a long run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

let server: TestServer;
let ids: string[] = [];
const callers: Record<string, GraphqlClient> = {};

beforeAll(async () => {
  server = await startTestServer();
  const people = await readyIfaApplication(server, graphqlClient(server.url));
  const reviewer = await addReviewer(server, people.association.id, { levels: ['IFA'] });
  // Someone else's records, in another association: their ids must lead nowhere.
  const other = await endorsee(server, { level: 'IFS', startsOn: '2024-12-01', renewedYears: [2025] });
  await createUser(server.prisma, { associationId: other.association.id, roles: ['CHAPTER_ANALYST'] });
  callers.anonymous = graphqlClient(server.url);
  callers.applicant = people.client;
  callers.coordinator = people.coordinator;
  callers.reviewer = reviewer.client;
  callers.endorsee = other.client;
  const tables = await server.prisma.$queryRaw<{ name: string }[]>`
    SELECT c.table_name AS name FROM information_schema.columns c
    WHERE c.table_schema = current_schema() AND c.column_name = 'id' AND c.data_type = 'text'`;
  for (const { name } of tables) {
    const rows = await server.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "${name}" ORDER BY id LIMIT 4`,
    );
    ids.push(...rows.map((r) => r.id));
  }
  // The admin console passes users as Relay ids.
  const users = await server.prisma.user.findMany({ select: { id: true } });
  ids.push(...users.map((u) => Buffer.from(`User:${u.id}`).toString('base64')));
  ids = [...new Set(ids)];
}, 120_000);
afterAll(() => server?.close());

const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});

/** A signed-in caller's own session is not the fuzzer's to end. */
const SKIP: Record<string, string[]> = {
  applicant: ['signOut'],
  coordinator: ['signOut'],
  reviewer: ['signOut'],
  endorsee: ['signOut'],
};

function documentFor(field: (typeof mutationFields)[number]) {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${defs ? `(${defs})` : ''} { result: ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

describe.each(['anonymous', 'applicant', 'coordinator', 'reviewer', 'endorsee'])(
  'mutations fuzzed as %s',
  (role) => {
    it('answer with typed results only, and change nothing when they refuse', async () => {
      const client = callers[role] as GraphqlClient;
      for (const field of mutationFields) {
        if (SKIP[role]?.includes(field.name)) continue;
        const query = documentFor(field);
        const args = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, ids)])), {
          requiredKeys: [],
        });
        await fc.assert(
          fc.asyncProperty(args, async (variables) => {
            const before = await fingerprint(server.prisma);
            const res = await client.gql(query, variables);
            const codes = (res.errors ?? []).map((e) => e.extensions?.code);
            expect(codes, `${field.name} ${JSON.stringify(res.errors)}`).not.toContain(
              'INTERNAL_SERVER_ERROR',
            );
            for (const code of codes)
              expect(typeof code, `${field.name}: an error without a code`).toBe('string');
            const typename = res.data?.result?.__typename as string | undefined;
            const accepted = typename?.endsWith('Success') || (res.errors === undefined && !typename);
            if (!accepted) {
              const after = await fingerprint(server.prisma);
              expect(
                changedTables(before, after),
                `${field.name} refused (${typename ?? codes.join()}) but wrote`,
              ).toEqual([]);
            }
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      }
    }, 600_000);
  },
);
