import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const EVALUATE = /* GraphQL */ `
  query Evaluate($level: LevelCode!, $track: MentorTrack) {
    myEvaluation(level: $level, track: $track) {
      editionId level track eligible readyForReview
      requirements { id label status progress { have need unit } reasons }
    }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function applicantWithTraining(hours: number[]) {
  const association = await createAssociation(server.prisma);
  const user = await createUser(server.prisma, { associationId: association.id });
  const profile = await server.prisma.applicantProfile.findUniqueOrThrow({ where: { userId: user.id } });
  await server.prisma.trainingEntry.createMany({
    data: hours.map((h, i) => ({
      profileId: profile.id,
      title: `Course ${i}`,
      provider: 'MI-AIMH',
      date: day('2025-03-01'),
      hours: h,
      competencyDomains: [],
      topics: [],
    })),
  });
  return signedInClient(server.url, user.email);
}

describe('myEvaluation', () => {
  it("judges the applicant's own rows by the association's edition, with progress and reasons", async () => {
    const client = await applicantWithTraining([12, 6]);
    const res = await client.gql(EVALUATE, { level: 'IFA' });
    expect(res.errors).toBeUndefined();
    const evaluation = res.data?.myEvaluation;
    expect(evaluation).toMatchObject({ editionId: 'vaimh-2010', level: 'IFA', track: null, eligible: false });
    const training = evaluation.requirements.find((r: { id: string }) => r.id === 'training_hours');
    expect(training).toMatchObject({ status: 'NOT_MET', progress: { have: 18, need: 30, unit: 'hours' } });
    expect(training.reasons.join(' ')).toMatch(/12 more/);
  });

  it('asks for a track at the Mentor level and refuses one elsewhere', async () => {
    const client = await applicantWithTraining([]);
    const noTrack = await client.gql(EVALUATE, { level: 'IMHM' });
    expect(noTrack.errors?.[0]).toMatchObject({
      message: 'Choose a Mentor track.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const stray = await client.gql(EVALUATE, { level: 'IFS', track: 'POLICY' });
    expect(stray.errors?.[0]?.message).toBe('Only the Mentor level has tracks.');
    const mentor = await client.gql(EVALUATE, { level: 'IMHM', track: 'POLICY' });
    expect(mentor.data?.myEvaluation).toMatchObject({ level: 'IMHM', track: 'POLICY', eligible: false });
  });

  it('is only for applicants', async () => {
    const anonymous = await graphqlClient(server.url).gql(EVALUATE, { level: 'IFA' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
