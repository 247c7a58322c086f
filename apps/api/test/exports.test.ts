import { encodeGlobalID } from '@pothos/plugin-relay';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../src/exports/csv.ts';
import { createUser } from './helpers/factories.ts';
import type { GraphqlClient } from './helpers/graphql-client.ts';
import { assign, queuedApplication, staffTenant } from './helpers/queue-fixtures.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const download = (path: string, client?: GraphqlClient) =>
  fetch(`${server.url}/api/exports/${path}`, { headers: client ? { cookie: client.cookie } : {} });
const rowsOf = async (res: Response): Promise<string[][]> => parse(await res.text());

describe('CSV cells', () => {
  it('neutralise formulas and keep everything else as written', () => {
    for (const v of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(safeCell(v)).toBe(`'${v}`);
    expect(safeCell("Ann O'Neil")).toBe("Ann O'Neil");
    expect(safeCell(-3)).toBe('-3');
    expect(safeCell(null)).toBe('');
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"']])).toBe('a,b\r\n"x,y","say ""hi"""\r\n');
  });
});

describe('queue export', () => {
  it('downloads the filtered, sorted queue as an attachment with formulas escaped', async () => {
    const t = await staffTenant(server);
    const [north] = t.association.chapters;
    const evil = await queuedApplication(server.prisma, {
      associationId: t.association.id,
      name: '=cmd|" /C calc"!A0',
      chapterId: north?.id,
      employer: '@evil',
      submittedAt: new Date('2026-11-03T12:00:00Z'),
    });
    await queuedApplication(server.prisma, {
      associationId: t.association.id,
      name: 'Plain, Person',
      level: 'IMHS',
      submittedAt: new Date('2026-11-13T12:00:00Z'),
    });
    await queuedApplication(server.prisma, {
      associationId: t.association.id,
      name: 'Draft',
      status: 'DRAFT',
    });
    await assign(server.prisma, evil.application.id, t.reviewer.id, t.coordinator.id);

    const res = await download('queue.csv', t.coordinatorClient);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="queue-2026-11-23.csv"');
    const rows = await rowsOf(res);
    expect(rows[0]).toEqual([
      'Application ID',
      'Applicant',
      'Email',
      'Chapter',
      'Employer',
      'Level',
      'Track',
      'Status',
      'Submitted on',
      'Waiting days',
      'Reviewers',
    ]);
    // Longest waiting first, as the queue; drafts left out.
    expect(rows.slice(1).map((r) => r[1])).toEqual([`'=cmd|" /C calc"!A0`, 'Plain, Person']);
    expect(rows[1]).toEqual([
      evil.application.id,
      `'=cmd|" /C calc"!A0`,
      evil.user.email,
      'North',
      "'@evil",
      'IFA',
      '',
      'SUBMITTED',
      '2026-11-03',
      '19',
      'Robin Reviewer',
    ]);

    const filtered = await rowsOf(
      await download('queue.csv?level=IMHS&statuses=SUBMITTED,IN_REVIEW', t.coordinatorClient),
    );
    expect(filtered.slice(1).map((r) => r[1])).toEqual(['Plain, Person']);
    const byReviewer = await rowsOf(
      await download(
        `queue.csv?reviewerId=${encodeURIComponent(encodeGlobalID('User', t.reviewer.id))}`,
        t.coordinatorClient,
      ),
    );
    expect(byReviewer).toHaveLength(2);
    const byName = await rowsOf(
      await download('queue.csv?orderBy=APPLICANT_NAME&direction=DESC', t.coordinatorClient),
    );
    expect(byName.slice(1).map((r) => r[1])).toEqual(['Plain, Person', `'=cmd|" /C calc"!A0`]);
    const bad = await download('queue.csv?level=NOPE&waitingMoreThanDays=-1', t.coordinatorClient);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/level/);
  });

  it('gives another association nothing and refuses non-coordinators', async () => {
    const t = await staffTenant(server);
    await queuedApplication(server.prisma, { associationId: t.association.id });
    const stranger = await staffTenant(server);
    expect(await rowsOf(await download('queue.csv', stranger.coordinatorClient))).toHaveLength(1);
    const applicant = await createUser(server.prisma, { associationId: t.association.id });
    const applicantClient = await signedInClient(server.url, applicant.email);
    for (const path of ['queue.csv', 'workload.csv']) {
      expect((await download(path)).status).toBe(401);
      expect((await download(path, t.reviewerClient)).status).toBe(403);
      expect((await download(path, applicantClient)).status).toBe(403);
    }
  });
});

describe('workload export', () => {
  it("lists the association's reviewers with their load", async () => {
    const t = await staffTenant(server);
    await server.prisma.user.update({ where: { id: t.reviewer.id }, data: { name: '-Minus Reviewer' } });
    await server.prisma.reviewerQualification.createMany({
      data: ['IFA', 'IFS'].map((level) => ({
        userId: t.reviewer.id,
        level: level as 'IFA',
        heldLevel: 'IMHS' as const,
      })),
    });
    const a = await queuedApplication(server.prisma, { associationId: t.association.id });
    await assign(server.prisma, a.application.id, t.reviewer.id, t.coordinator.id, {
      dueAt: new Date('2026-11-01'),
    });
    await staffTenant(server);

    const res = await download('workload.csv', t.coordinatorClient);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="reviewer-workload-/);
    const rows = await rowsOf(res);
    expect(rows).toEqual([
      [
        'Reviewer',
        'Email',
        'Active',
        'Levels reviewed',
        'Open assignments',
        'Completed assignments',
        'Average days to complete',
        'Overdue assignments',
      ],
      ["'-Minus Reviewer", t.reviewer.email, 'yes', 'IFA; IFS', '1', '0', '', '1'],
    ]);
  });
});
