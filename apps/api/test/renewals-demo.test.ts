import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { seedDemoData } from '../src/seed/demo-data.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.prisma, server.clock.now());
});
afterAll(() => server?.close());

const COUNTS = `query { renewalCounts { bucket count } }`;
const QUEUE = `query($bucket: RenewalBucket!) { renewalQueue(bucket: $bucket) { totalCount edges { node { number holderName standing { status year } } } } }`;
const MINE = `query { myEndorsements { number level status expiresOn graceEndsOn
  standing { status year dueOn graceEndsOn canReinstate reinstateUntil renewal { status } }
  renewalEvaluation { year met requirements { id status progress { have need } } } } }`;

const as = (email: string) => signedInClient(server.url, email, DEMO_PASSWORD);

describe('the demo data (2026-11-23) shows every renewal case', () => {
  it('gives the coordinator a non-empty bucket for due soon, submitted, overdue, lapsed and renewed', async () => {
    const coordinator = await as('coordinator@demo.imh');
    const counts = Object.fromEntries(
      (
        ((await coordinator.gql(COUNTS)).data?.renewalCounts ?? []) as { bucket: string; count: number }[]
      ).map((c) => [c.bucket, c.count]),
    );
    expect(counts).toEqual({
      DUE_30: 0,
      DUE_60: 2,
      DUE_90: 2,
      SUBMITTED: 1,
      OVERDUE: 1,
      LAPSED: 1,
      RENEWED: 1,
    });
    const due = await coordinator.gql(QUEUE, { bucket: 'DUE_60' });
    expect(due.data?.renewalQueue.edges[0].node).toMatchObject({
      holderName: 'Elena Fischer',
      standing: { status: 'RENEWAL_DUE', year: 2026 },
    });
  });

  it("shows Elena her open year's requirements with progress", async () => {
    const elena = await as('endorsed.applicant@demo.imh');
    const [e] = (await elena.gql(MINE)).data?.myEndorsements ?? [];
    expect(e).toMatchObject({
      number: 'MI-IFA-2024-0007',
      expiresOn: '2026-12-31',
      graceEndsOn: '2027-03-01',
    });
    expect(e.standing).toMatchObject({ status: 'RENEWAL_DUE', year: 2026, renewal: null });
    expect(e.renewalEvaluation.met).toBe(false);
    const training = e.renewalEvaluation.requirements.find(
      (r: { id: string }) => r.id === 'renewal_training_hours',
    );
    expect(training.progress).toEqual({ have: 9, need: 15 });
  });

  it('lets Priya, lapsed, see until when she can ask to be reinstated', async () => {
    const priya = await as('renewal.lapsed@demo.imh');
    const [e] = (await priya.gql(MINE)).data?.myEndorsements ?? [];
    expect(e.status).toBe('LAPSED');
    expect(e.standing).toMatchObject({
      status: 'LAPSED',
      year: 2025,
      canReinstate: true,
      reinstateUntil: '2027-03-01',
    });
  });
});

describe('the renewals CSV export', () => {
  const download = (path: string, cookie?: string) =>
    fetch(`${server.url}/api/exports/${path}`, { headers: cookie ? { cookie } : {} });

  it('gives a coordinator the bucket shown, filtered, one row per endorsement', async () => {
    const coordinator = await as('coordinator@demo.imh');
    const res = await download('renewals.csv?bucket=DUE_60&level=IFA', coordinator.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('renewals-due_60-');
    const lines = (await res.text()).trim().split(/\r?\n/);
    expect(lines[0]).toContain('Holder,Email,Chapter,Endorsement number');
    expect(lines.slice(1)).toEqual([
      expect.stringContaining(
        'Elena Fischer,endorsed.applicant@demo.imh,Lansing,MI-IFA-2024-0007,IFA,,ACTIVE,2026,2026-12-31,2027-03-01',
      ),
    ]);
    const submitted = await (await download('renewals.csv?bucket=SUBMITTED', coordinator.cookie)).text();
    expect(submitted).toContain('Grace Lindqvist');
    expect(submitted).toContain('SUBMITTED');
  });

  it('refuses an unknown bucket, an applicant and a stranger', async () => {
    const coordinator = await as('coordinator@demo.imh');
    expect((await download('renewals.csv?bucket=SOON', coordinator.cookie)).status).toBe(400);
    const elena = await as('endorsed.applicant@demo.imh');
    expect((await download('renewals.csv?bucket=LAPSED', elena.cookie)).status).toBe(403);
    expect((await download('renewals.csv?bucket=LAPSED')).status).toBe(401);
  });
});
