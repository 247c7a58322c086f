import { CURRENT_2024, type Portfolio, TARGETS } from '@imh/competencies';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The portal's own module, imported as the browser runs it: this test proves that what the portal
// computes as the person types is what the API decides.
import {
  evaluateLive,
  fromServerStatus,
  toTarget,
} from '../../portal/src/features/progress/live-evaluation.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { startDemoServer } from './browser/demo-server.ts';
import { signedInClient } from './helpers/sign-in.ts';

let demo: Awaited<ReturnType<typeof startDemoServer>>;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(() => demo.close());

const EVALUATION =
  'editionId asOf eligible readyForReview requirements { id label status progress { have need unit } reasons }';

type ServerEvaluation = {
  editionId: string;
  asOf: string;
  eligible: boolean;
  readyForReview: boolean;
  requirements: {
    id: string;
    label: string;
    status: 'MET' | 'NOT_MET' | 'PENDING';
    progress: unknown;
    reasons: string[];
  }[];
};

const fromServer = (e: ServerEvaluation) => ({
  ...e,
  requirements: e.requirements.map((r) => ({
    ...r,
    status: fromServerStatus(r.status),
    progress: r.progress ?? undefined,
  })),
});

const applicants = DEMO_ACCOUNTS.filter((a) => a.email.endsWith('.applicant@demo.imh'));

describe('the portal and the API judge the demo portfolios alike', () => {
  it.each(applicants.map((a) => a.email))('%s, at every level and track', async (email) => {
    const client = await signedInClient(demo.url, email, DEMO_PASSWORD);
    const base = await client.gql('{ myRulesPortfolio myProfile { association { ruleEdition } } }');
    const portfolio = base.data?.myRulesPortfolio as Portfolio;
    const editionId = base.data?.myProfile.association.ruleEdition as string;
    for (const target of TARGETS) {
      const res = await client.gql(
        `query E($level: LevelCode!, $track: MentorTrack) { myEvaluation(level: $level, track: $track) { ${EVALUATION} } }`,
        { level: target.level, track: target.track ?? null },
      );
      const server = fromServer(res.data?.myEvaluation);
      const live = evaluateLive(portfolio, toTarget(target.level, target.track), editionId, server.asOf);
      const { target: _t, ...liveResult } = live;
      expect(liveResult, `${email} ${target.level} ${target.track ?? ''}`).toEqual(server);
    }
  });

  it.each(applicants.map((a) => a.email))(
    "%s's applications, with their references and agreements",
    async (email) => {
      const client = await signedInClient(demo.url, email, DEMO_PASSWORD);
      const res = await client.gql(
        `{ myApplications { id level track editionId status rulesPortfolio evaluation { ${EVALUATION} } } }`,
      );
      for (const app of res.data?.myApplications ?? []) {
        const server = fromServer(app.evaluation);
        const live = evaluateLive(
          app.rulesPortfolio,
          toTarget(app.level, app.track),
          app.editionId,
          server.asOf,
        );
        const { target: _t, ...liveResult } = live;
        expect(liveResult, `${email} ${app.id}`).toEqual(server);
      }
    },
  );
});

describe('the demo data', () => {
  it('shows a submitted IMHS file that the rules judged ready, frozen with its round', async () => {
    const client = await signedInClient(demo.url, 'submitted.applicant@demo.imh', DEMO_PASSWORD);
    const res = await client.gql(
      '{ myApplications { status submissions { round evaluation { eligible } } } }',
    );
    expect(res.data?.myApplications).toEqual([
      { status: 'IN_REVIEW', submissions: [{ round: 1, evaluation: { eligible: true } }] },
    ]);
  });

  it('uses only competency areas the edition knows', async () => {
    const trainings = await demo.prisma.trainingEntry.findMany({ select: { competencyDomains: true } });
    const known = new Set(CURRENT_2024.competencyDomains.map((d) => d.id));
    for (const t of trainings) for (const id of t.competencyDomains) expect(known).toContain(id);
  });
});
