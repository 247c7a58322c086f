import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshStaleStatistics } from '../src/statistics/refresher.ts';
import { REFRESH_AFTER_MS, refreshStatistics, STALE_AFTER_MS } from '../src/statistics/snapshot.ts';
import { type Cell, endorse, members, STATISTICS, statisticsWorld } from './helpers/statistics.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const MINUTE = 60_000;
type World = Awaited<ReturnType<typeof statisticsWorld>>;
type Row = { level: string | null; track: string | null; count: Cell };

async function activeIfs(client: World['analyst'], variables: Record<string, unknown> = {}) {
  const res = await client.gql(
    STATISTICS.replace('chapterId chapterName', 'chapterId chapterName computedAt'),
    variables,
  );
  expect(res.errors).toBeUndefined();
  const stats = res.data?.chapterStatistics;
  const ifs = stats.activeEndorsements.find((r: Row) => r.level === 'IFS' && r.track === null);
  return { value: ifs?.count.value as number | null, computedAt: stats.computedAt as string };
}

describe('stored statistics', () => {
  it('are counted on the first read and served, as counted, until they are counted again', async () => {
    const world = await statisticsWorld(server);
    const { association, north } = world;
    await endorse(server.prisma, await members(server.prisma, association.id, north.id, 12), 'IFS');
    const first = await activeIfs(world.analyst);
    expect(first).toEqual({ value: 12, computedAt: server.clock.now().toISOString() });

    await endorse(server.prisma, await members(server.prisma, association.id, north.id, 3), 'IFS');
    server.clock.advance(5 * MINUTE);
    expect(await activeIfs(world.analyst)).toEqual(first);

    expect(await refreshStatistics(server.prisma, association.id, server.clock.now())).toBe(true);
    expect(await activeIfs(world.analyst)).toEqual({
      value: 15,
      computedAt: server.clock.now().toISOString(),
    });
  });

  it('are counted again by a read when they are older than an hour', async () => {
    const world = await statisticsWorld(server);
    const { association, north } = world;
    await endorse(server.prisma, await members(server.prisma, association.id, north.id, 11), 'IFS');
    expect((await activeIfs(world.coordinator)).value).toBe(11);
    await endorse(server.prisma, await members(server.prisma, association.id, north.id, 1), 'IFS');
    server.clock.advance(STALE_AFTER_MS - MINUTE);
    expect((await activeIfs(world.coordinator)).value).toBe(11);
    server.clock.advance(2 * MINUTE);
    const recounted = await activeIfs(world.coordinator);
    expect(recounted).toEqual({ value: 12, computedAt: server.clock.now().toISOString() });
  });

  it('are stored for the association and every chapter, a chapter added later included', async () => {
    const world = await statisticsWorld(server);
    const { association, north, south } = world;
    await endorse(server.prisma, await members(server.prisma, association.id, north.id, 12), 'IFS');
    await endorse(server.prisma, await members(server.prisma, association.id, south.id, 20), 'IFS');
    await refreshStatistics(server.prisma, association.id, server.clock.now());
    const scopes = await server.prisma.statisticsSnapshot.findMany({
      where: { associationId: association.id },
      select: { scope: true },
    });
    expect(scopes.map((s) => s.scope).sort()).toEqual(['*', north.id, south.id].sort());

    const east = await server.prisma.chapter.create({
      data: { associationId: association.id, name: 'East' },
    });
    await endorse(server.prisma, await members(server.prisma, association.id, east.id, 13), 'IFS');
    expect((await activeIfs(world.coordinator, { chapterId: east.id })).value).toBe(13);
    expect((await activeIfs(world.coordinator)).value).toBe(45);
  });
});

describe('the background refresher', () => {
  it('counts again only the associations whose figures are older than 15 minutes', async () => {
    const world = await statisticsWorld(server);
    const { association, north } = world;
    await endorse(server.prisma, await members(server.prisma, association.id, north.id, 12), 'IFS');
    await refreshStaleStatistics(server.prisma, server.clock.now());
    const counted = await server.prisma.statisticsSnapshot.findUniqueOrThrow({
      where: { associationId_scope: { associationId: association.id, scope: '*' } },
    });
    expect(counted.computedAt).toEqual(server.clock.now());

    server.clock.advance(REFRESH_AFTER_MS - MINUTE);
    await refreshStaleStatistics(server.prisma, server.clock.now());
    const unchanged = await server.prisma.statisticsSnapshot.findUniqueOrThrow({
      where: { associationId_scope: { associationId: association.id, scope: '*' } },
    });
    expect(unchanged.computedAt).toEqual(counted.computedAt);

    await endorse(server.prisma, await members(server.prisma, association.id, north.id, 2), 'IFS');
    server.clock.advance(2 * MINUTE);
    await refreshStaleStatistics(server.prisma, server.clock.now());
    expect(await activeIfs(world.analyst)).toEqual({
      value: 14,
      computedAt: server.clock.now().toISOString(),
    });
  });

  it('joins a count already under way in the process instead of starting another', async () => {
    const world = await statisticsWorld(server);
    const now = server.clock.now();
    const [a, b] = [
      refreshStatistics(server.prisma, world.association.id, now),
      refreshStatistics(server.prisma, world.association.id, now),
    ];
    expect(a).toBe(b);
    await a;
  });

  // Another process's count holds the association's advisory lock: this one counts nothing and
  // keeps the figures it has. PGlite has one connection, so only the server can hold both.
  it.runIf(process.env.TEST_SERVER_DATABASE_URL)(
    'leaves an association to the process already counting it',
    async () => {
      const world = await statisticsWorld(server);
      const { association, north } = world;
      await endorse(server.prisma, await members(server.prisma, association.id, north.id, 12), 'IFS');
      const first = await activeIfs(world.analyst);
      await endorse(server.prisma, await members(server.prisma, association.id, north.id, 4), 'IFS');
      server.clock.advance(STALE_AFTER_MS + MINUTE);
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked: () => void = () => {};
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const other = server.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`statistics:${association.id}`}))`;
        locked();
        await held;
      });
      await isLocked;
      try {
        expect(await refreshStatistics(server.prisma, association.id, server.clock.now())).toBe(false);
        // The read serves the older figures rather than waiting for the other count.
        expect(await activeIfs(world.analyst)).toEqual(first);
      } finally {
        release();
        await other;
      }
      expect(await refreshStatistics(server.prisma, association.id, server.clock.now())).toBe(true);
      expect((await activeIfs(world.analyst)).value).toBe(16);
    },
  );
});
