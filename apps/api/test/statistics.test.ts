import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { type Cell, endorse, members, STATISTICS, statisticsWorld, submitted } from './helpers/statistics.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

type World = Awaited<ReturnType<typeof statisticsWorld>>;
const stats = async (client: World['analyst'], variables: Record<string, unknown> = {}) => {
  const res = await client.gql(STATISTICS, variables);
  return { data: res.data?.chapterStatistics, errors: res.errors };
};
const level = (rows: { level: string | null; track: string | null; count: Cell }[], l: string | null) =>
  rows.find((r) => r.level === l && r.track === null)?.count;

describe('who sees which statistics', () => {
  it("gives an analyst their own chapter's counts, never another chapter's", async () => {
    const world = await statisticsWorld(server);
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.north.id, 12),
      'IFS',
    );
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.south.id, 30),
      'IFS',
    );
    const own = await stats(world.analyst);
    expect(own.data.chapterId).toBe(world.north.id);
    expect(level(own.data.activeEndorsements, 'IFS')).toEqual({ value: 12, suppressed: false });
    const other = await stats(world.analyst, { chapterId: world.south.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const whole = await stats(world.analyst, { associationId: world.association.id });
    expect(whole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a coordinator the association and each of its chapters; nobody else gets any', async () => {
    const world = await statisticsWorld(server);
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.north.id, 12),
      'IFS',
    );
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.south.id, 30),
      'IFS',
    );
    expect(level((await stats(world.coordinator)).data.activeEndorsements, 'IFS')?.value).toBe(42);
    expect(
      level((await stats(world.coordinator, { chapterId: world.south.id })).data.activeEndorsements, 'IFS')
        ?.value,
    ).toBe(30);
    const elsewhere = await createAssociation(server.prisma);
    const outsiderUser = await createUser(server.prisma, {
      associationId: elsewhere.id,
      roles: ['COORDINATOR'],
    });
    const outsider = await signedInClient(server.url, outsiderUser.email);
    expect((await stats(outsider, { chapterId: world.north.id })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await stats(outsider, { associationId: world.association.id })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const applicantUser = await createUser(server.prisma, { associationId: world.association.id });
    const applicant = await signedInClient(server.url, applicantUser.email);
    expect((await stats(applicant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stats(graphqlClient(server.url))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers with counts, never names, emails or ids of people', async () => {
    const world = await statisticsWorld(server);
    const ids = await members(server.prisma, world.association.id, world.north.id, 15);
    await endorse(server.prisma, ids, 'IFA');
    const res = await world.analyst.gql(STATISTICS, {});
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/Member |@example\.org|p-[0-9a-f]{12}/);
  });
});

describe('what is counted', () => {
  it('counts applications in progress by status, and decisions once, by month', async () => {
    const world = await statisticsWorld(server);
    const { association, north } = world;
    await submitted(
      server.prisma,
      association.id,
      await members(server.prisma, association.id, north.id, 12),
      'IFA',
      '2026-02-03',
      '2026-03-10',
    );
    await submitted(
      server.prisma,
      association.id,
      await members(server.prisma, association.id, north.id, 12),
      'IFA',
      '2026-02-03',
    );
    const { data } = await stats(world.analyst, { from: '2026-01-01', to: '2026-04-30' });
    expect(data.applicationsByStatus.rows.map((r: { status: string }) => r.status)).not.toContain('ENDORSED');
    expect(
      data.applicationsByStatus.rows.find((r: { status: string }) => r.status === 'SUBMITTED').count.value,
    ).toBe(12);
    expect(data.monthly.find((m: { month: string }) => m.month === '2026-03').decisions.value).toBe(12);
  });

  it("counts a month in the association's time zone", async () => {
    const world = await statisticsWorld(server);
    await server.prisma.association.update({
      where: { id: world.association.id },
      data: { settings: { timeZone: 'America/Detroit' } },
    });
    const ids = await members(server.prisma, world.association.id, world.north.id, 12);
    // 22:00 on 31 March in Michigan is 02:00 on 1 April in UTC.
    await submitted(server.prisma, world.association.id, ids, 'IFS', '2026-03-31');
    await server.prisma.applicationSubmission.updateMany({
      where: { application: { profileId: { in: ids } } },
      data: { submittedAt: new Date('2026-04-01T02:00:00Z') },
    });
    const { data } = await stats(world.analyst, { from: '2026-03-01', to: '2026-04-30' });
    expect(
      data.monthly.map((m: { month: string; submissions: Cell }) => [m.month, m.submissions.value]),
    ).toEqual([
      ['2026-03', 12],
      ['2026-04', 0],
    ]);
  });

  it('counts a Mentor endorsement without a track once, as Clinical', async () => {
    const world = await statisticsWorld(server);
    const ids = await members(server.prisma, world.association.id, world.north.id, 12);
    await endorse(server.prisma, ids, 'IMHM');
    await server.prisma.endorsement.updateMany({ where: { profileId: { in: ids } }, data: { track: null } });
    const { data } = await stats(world.analyst);
    expect(level(data.activeEndorsements, 'IMHM')?.value).toBe(12);
    expect(
      data.activeEndorsements.find((r: { track: string | null }) => r.track === 'CLINICAL').count.value,
    ).toBe(12);
    expect(level(data.activeEndorsements, null)?.value).toBe(12);
  });
});

describe('small counts', () => {
  it('suppresses 1 to 10, and one more cell where a total would give it away', async () => {
    const world = await statisticsWorld(server);
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.north.id, 3),
      'IFA',
    );
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.north.id, 20),
      'IFS',
    );
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.north.id, 40),
      'IMHS',
    );
    const { data } = await stats(world.analyst);
    expect(level(data.activeEndorsements, 'IFA')).toEqual({ value: null, suppressed: true });
    // The total is released, so the smallest other count is withheld with IFA: 63 - 40 = IFA + IFS only.
    expect(level(data.activeEndorsements, 'IFS')).toEqual({ value: null, suppressed: true });
    expect(level(data.activeEndorsements, 'IMHS')).toEqual({ value: 40, suppressed: false });
    expect(level(data.activeEndorsements, null)).toEqual({ value: 63, suppressed: false });
    expect(level(data.activeEndorsements, 'IFRS')).toEqual({ value: 0, suppressed: false });
  });

  it("uses the association's threshold", async () => {
    const world = await statisticsWorld(server);
    await server.prisma.association.update({
      where: { id: world.association.id },
      data: { settings: { suppressionThreshold: 5 } },
    });
    await endorse(
      server.prisma,
      await members(server.prisma, world.association.id, world.north.id, 6),
      'IFA',
    );
    const { data } = await stats(world.analyst);
    expect(data.threshold).toBe(5);
    expect(level(data.activeEndorsements, 'IFA')).toEqual({ value: 6, suppressed: false });
  });
});

/**
 * The attacker: an analyst who knows how the tables add up (a month's total is the sum of its levels;
 * a level's total the sum of its tracks; a year's renewals the sum of its outcomes) and gathers every
 * answer they can get with different filters. Whatever they can solve for, they learn.
 */
// biome-ignore lint/suspicious/noExplicitAny: the answers are read as the JSON they are
function recoverable(answers: { data: any }[]) {
  const known = new Map<string, number | null>();
  const note = (key: string, cell: Cell) => {
    const previous = known.get(key);
    const value = cell.suppressed ? null : cell.value;
    // Every answer must show a cell the same way, or subtracting two answers would tell something.
    if (previous !== undefined) expect(value, `cell ${key} differs between answers`).toBe(previous);
    known.set(key, value);
  };
  const sums: { total: string; parts: string[] }[] = [];
  for (const { data } of answers) {
    for (const m of data.monthly) {
      note(`sub|${m.month}|${data.level ?? '*'}`, m.submissions);
      note(`dec|${m.month}|${data.level ?? '*'}`, m.decisions);
    }
    for (const r of data.activeEndorsements) note(`act|${r.level ?? '*'}|${r.track ?? '*'}`, r.count);
  }
  const levels = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'];
  const months = new Set([...known.keys()].filter((k) => k.startsWith('sub|')).map((k) => k.split('|')[1]));
  for (const month of months)
    for (const kind of ['sub', 'dec'])
      sums.push({ total: `${kind}|${month}|*`, parts: levels.map((l) => `${kind}|${month}|${l}`) });
  sums.push({ total: 'act|*|*', parts: levels.map((l) => `act|${l}|*`) });
  const learned = new Map<string, number>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const sum of sums) {
      const members = [sum.total, ...sum.parts].filter((k) => known.has(k));
      if (members.length !== sum.parts.length + 1) continue;
      const unknown = members.filter((k) => known.get(k) === null && !learned.has(k));
      if (unknown.length !== 1) continue;
      const value = (k: string) => learned.get(k) ?? (known.get(k) as number);
      const [target] = unknown as [string];
      const others = sum.parts.filter((k) => k !== target).reduce((a, k) => a + value(k), 0);
      learned.set(target, target === sum.total ? others : value(sum.total) - others);
      progress = true;
    }
  }
  return learned;
}

describe('an adversary cannot recover a suppressed count', () => {
  it('from totals, other cells, or answers with narrow date ranges around one person', async () => {
    const world = await statisticsWorld(server);
    const { association, north } = world;
    // One person submitted an IFS application on 15 March 2026: the secret. Around them, busy months.
    await submitted(
      server.prisma,
      association.id,
      await members(server.prisma, association.id, north.id, 1),
      'IFS',
      '2026-03-15',
    );
    await submitted(
      server.prisma,
      association.id,
      await members(server.prisma, association.id, north.id, 25),
      'IFA',
      '2026-03-03',
    );
    await submitted(
      server.prisma,
      association.id,
      await members(server.prisma, association.id, north.id, 14),
      'IFA',
      '2026-02-10',
    );
    await submitted(
      server.prisma,
      association.id,
      await members(server.prisma, association.id, north.id, 16),
      'IFS',
      '2026-02-11',
    );
    await endorse(server.prisma, await members(server.prisma, association.id, north.id, 2), 'IMHM');
    await endorse(server.prisma, await members(server.prisma, association.id, north.id, 30), 'IFA');

    const ranges = [
      ['2026-03-15', '2026-03-15'],
      ['2026-03-14', '2026-03-16'],
      ['2026-03-01', '2026-03-31'],
      ['2026-02-01', '2026-03-14'],
      ['2026-02-01', '2026-03-16'],
      ['2026-01-01', '2026-02-28'],
      ['2026-01-01', '2026-04-30'],
    ];
    const answers = [];
    for (const [from, to] of ranges)
      for (const l of [null, 'IFA', 'IFS'])
        answers.push(await stats(world.analyst, { from, to, ...(l ? { level: l } : {}) }));
    for (const a of answers) expect(a.errors).toBeUndefined();

    // The narrowest range still answers for the whole month, and the lone submission is withheld.
    const narrow = answers[0]?.data;
    expect(narrow.monthly.map((m: { month: string }) => m.month)).toEqual(['2026-03']);
    const learned = recoverable(answers);
    expect(learned.get('sub|2026-03|IFS')).toBeUndefined();
    expect(learned.get('act|IMHM|*')).toBeUndefined();
    // Nothing suppressed could be solved for at all.
    expect([...learned.keys()]).toEqual([]);
    // And no answer released a number that is the secret by itself.
    const ifsMarch = answers
      .filter((a) => a.data.level === 'IFS')
      .flatMap((a) => a.data.monthly.filter((m: { month: string }) => m.month === '2026-03'));
    expect(ifsMarch.every((m: { submissions: Cell }) => m.submissions.suppressed)).toBe(true);
  });
});
