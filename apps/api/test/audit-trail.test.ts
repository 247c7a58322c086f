import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { migrationSql, openDatabase } from '@imh/db';
import { createTestDatabase } from '@imh/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../src/audit/audit-log.ts';
import { auditChainStatus, describeChainStatus } from '../src/audit/chain-status.ts';
import { createUser } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { queuedApplication, staffTenant } from './helpers/queue-fixtures.ts';
import { SIGN_IN, signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const ENTRIES = /* GraphQL */ `
  query Audit($filter: AuditEntryFilter, $first: Int, $after: String) {
    auditEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id at actorId actorName action entityType entityId before after ip hash prevHash } }
    }
  }
`;
const CHAIN = /* GraphQL */ `query { auditChainStatus { ok firstBrokenId checkedEntries } }`;
const SET_ROLES = /* GraphQL */ `
  mutation SetRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) { __typename }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Entry = { action: string; entityId: string; actorName: string | null; actorId: string | null };
const nodes = (res: { data?: { auditEntries?: { edges: { node: Entry }[] } } }) =>
  res.data?.auditEntries?.edges.map((e) => e.node) ?? [];

describe('audit trail', () => {
  it("shows a coordinator their association's entries, newest first, with role changes and failed sign-ins", async () => {
    const t = await staffTenant(server);
    const other = await staffTenant(server);
    const person = await createUser(server.prisma, { associationId: t.association.id });
    const roles = await t.coordinatorClient.gql(SET_ROLES, {
      input: { userId: encodeGlobalID('User', person.id), roles: ['APPLICANT', 'REVIEWER'] },
    });
    expect(roles.data?.setUserRoles.__typename).toBe('MutationSetUserRolesSuccess');
    await graphqlClient(server.url).gql(SIGN_IN, {
      input: { email: person.email, password: 'wrong password!' },
    });
    await other.coordinatorClient.gql(SET_ROLES, {
      input: { userId: encodeGlobalID('User', other.reviewer.id), roles: ['APPLICANT'] },
    });

    const res = await t.coordinatorClient.gql(ENTRIES);
    expect(res.errors).toBeUndefined();
    const mine = nodes(res);
    expect(mine.map((e) => e.action)).toEqual(['auth.sign_in_failed', 'user.roles_changed']);
    const [failed, changed] = res.data?.auditEntries.edges.map((e: { node: unknown }) => e.node) ?? [];
    expect(failed).toMatchObject({
      entityType: 'User',
      entityId: person.id,
      actorId: null,
      after: { email: person.email },
    });
    expect(changed).toMatchObject({
      actorName: 'Casey Coordinator',
      actorId: encodeGlobalID('User', t.coordinator.id),
      before: { roles: ['APPLICANT'] },
      after: { roles: ['APPLICANT', 'REVIEWER'] },
    });
    expect(changed.ip).toBeTruthy();
    expect(failed.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(failed.id)).toBeGreaterThan(Number(changed.id));
    expect(nodes(await other.coordinatorClient.gql(ENTRIES)).map((e) => e.entityId)).toEqual([
      other.reviewer.id,
    ]);
  });

  it('traces application entries to the association and filters and pages them', async () => {
    const t = await staffTenant(server);
    const app = await queuedApplication(server.prisma, { associationId: t.association.id });
    const at = (iso: string) => new Date(iso);
    for (const [action, when] of [
      ['application.first', '2026-11-01T10:00:00Z'],
      ['application.second', '2026-11-05T10:00:00Z'],
      ['application.third', '2026-11-09T10:00:00Z'],
    ] as const) {
      await server.prisma.$transaction((tx) =>
        appendAudit(tx, {
          actorId: t.coordinator.id,
          action,
          entityType: 'Application',
          entityId: app.application.id,
          at: at(when),
        }),
      );
    }
    const q = (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      t.coordinatorClient.gql(ENTRIES, { filter, ...extra });
    const entity = { entityType: 'Application', entityId: app.application.id };
    expect(nodes(await q(entity)).map((e) => e.action)).toEqual([
      'application.third',
      'application.second',
      'application.first',
    ]);
    expect(nodes(await q({ action: 'application.second' }))).toHaveLength(1);
    expect(
      nodes(await q({ ...entity, from: '2026-11-04T00:00:00Z', to: '2026-11-06T00:00:00Z' })).map(
        (e) => e.action,
      ),
    ).toEqual(['application.second']);
    expect(nodes(await q({ actorId: encodeGlobalID('User', t.coordinator.id) }))).toHaveLength(3);
    expect(nodes(await q({ actorId: encodeGlobalID('User', t.reviewer.id) }))).toHaveLength(0);

    const page1 = await q(entity, { first: 2 });
    expect(page1.data?.auditEntries.totalCount).toBe(3);
    expect(page1.data?.auditEntries.pageInfo.hasNextPage).toBe(true);
    const page2 = await q(entity, { first: 2, after: page1.data?.auditEntries.pageInfo.endCursor });
    expect(nodes(page2).map((e) => e.action)).toEqual(['application.first']);
    expect(page2.data?.auditEntries.pageInfo.hasNextPage).toBe(false);

    const stranger = await staffTenant(server);
    expect(nodes(await stranger.coordinatorClient.gql(ENTRIES, { filter: entity }))).toEqual([]);
  });

  it('is for coordinators only', async () => {
    const t = await staffTenant(server);
    const applicant = await createUser(server.prisma, { associationId: t.association.id });
    const applicantClient = await signedInClient(server.url, applicant.email);
    for (const query of [ENTRIES, CHAIN]) {
      expect((await t.reviewerClient.gql(query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await applicantClient.gql(query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await graphqlClient(server.url).gql(query)).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const status = await t.coordinatorClient.gql(CHAIN);
    // On the PostgreSQL run other files share (and one deliberately forges) the chain: shape only here.
    expect(typeof status.data?.auditChainStatus.ok).toBe('boolean');
    expect(status.data?.auditChainStatus.checkedEntries).toBeGreaterThan(0);
  });
});

describe('audit chain check', () => {
  const at = new Date('2026-11-23T10:00:00Z');

  it('reports an intact chain, then the first forged entry', async () => {
    const db = await createTestDatabase({ isolated: true });
    try {
      expect(await auditChainStatus(db.prisma)).toEqual({ ok: true, firstBrokenId: null, checkedEntries: 0 });
      for (const action of ['x.one', 'x.two']) {
        await db.prisma.$transaction((tx) =>
          appendAudit(tx, { actorId: null, action, entityType: 'Test', at }),
        );
      }
      const intact = await auditChainStatus(db.prisma);
      expect(intact).toEqual({ ok: true, firstBrokenId: null, checkedEntries: 2 });
      expect(describeChainStatus(intact).exitCode).toBe(0);
      const last = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { id: 'desc' } });
      const forged = await db.prisma.auditEntry.create({
        data: { action: 'x.forged', entityType: 'Test', at, prevHash: last.hash, hash: 'e'.repeat(64) },
      });
      await db.prisma.$transaction((tx) =>
        appendAudit(tx, { actorId: null, action: 'x.after', entityType: 'Test', at }),
      );
      const broken = await auditChainStatus(db.prisma);
      expect(broken).toEqual({ ok: false, firstBrokenId: forged.id, checkedEntries: 3 });
      const report = describeChainStatus(broken);
      expect(report.exitCode).toBe(1);
      expect(report.text).toContain(`BROKEN at entry ${forged.id}`);
    } finally {
      await db.close();
    }
  });

  it('the verify-audit command exits 0 on an intact chain and 1 on a tampered one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'imh-audit-verify-'));
    const run = () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/scripts/verify-audit.ts'], {
        env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '' },
      }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
      );
    const withDb = async (work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>) => {
      const db = await openDatabase({ kind: 'memory', pglite: new PGlite({ dataDir: dir }) });
      try {
        await work(db);
      } finally {
        await db.close();
      }
    };
    try {
      const fresh = new PGlite({ dataDir: dir });
      for (const sql of migrationSql()) await fresh.exec(sql);
      await fresh.close();
      await withDb(async (db) => {
        await db.prisma.$transaction((tx) =>
          appendAudit(tx, { actorId: null, action: 'y.one', entityType: 'Test', at }),
        );
      });
      expect(await run()).toMatchObject({ code: 0, out: expect.stringContaining('1 entries verified') });
      await withDb(async (db) => {
        const last = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { id: 'desc' } });
        await db.prisma.auditEntry.create({
          data: { action: 'y.forged', entityType: 'Test', at, prevHash: last.hash, hash: 'd'.repeat(64) },
        });
      });
      expect(await run()).toMatchObject({ code: 1, out: expect.stringContaining('BROKEN at entry 2') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
