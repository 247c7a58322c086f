import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, createUser } from './helpers/factories.ts';
import type { GraphqlClient } from './helpers/graphql-client.ts';
import {
  ASSIGN,
  addReviewer,
  DECIDE,
  fullReview,
  makeMentorFile,
  RECORD_EXAM,
  reviewedIfa,
  SUBMIT_REVIEW,
  submittedIfa,
  userGlobalId,
} from './helpers/review.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const decide = async (client: GraphqlClient, applicationId: string, input: object) =>
  (await client.gql(DECIDE, { applicationId, input })).data?.decideApplication;

/** An IMHM-Clinical file (exam level) in review with a submitted review. */
async function reviewedMentorFile() {
  const people = await submittedIfa(server);
  await makeMentorFile(server.prisma, people.applicationId);
  const reviewer = await addReviewer(server, people.association.id, { levels: ['IMHM'] });
  const res = await people.coordinator.gql(ASSIGN, {
    applicationId: people.applicationId,
    reviewerId: userGlobalId(reviewer.user.id),
  });
  const assignmentId = res.data?.assignReviewer.data?.id;
  await fullReview(reviewer.client, people.applicationId, assignmentId);
  await reviewer.client.gql(SUBMIT_REVIEW, { id: assignmentId });
  return people;
}

describe('endorsing', () => {
  it('endorses a reviewed file with a numbered endorsement that runs to the next year-end', async () => {
    const { applicationId, coordinator, client: applicant, association, user } = await reviewedIfa(server);
    const res = await decide(coordinator, applicationId, { kind: 'ENDORSE', message: 'Well done.' });
    expect(res.__typename).toBe('MutationDecideApplicationSuccess');
    // The test clock reads 2026-11-23: the first full renewal is owed for 2027, due 31 December.
    expect(res.data).toMatchObject({
      status: 'ENDORSED',
      endorsement: {
        number: `${association.code}-IFA-2026-0001`,
        level: 'IFA',
        track: null,
        status: 'ACTIVE',
        startsOn: '2026-11-23',
        expiresOn: '2027-12-31',
      },
    });
    const mine = await applicant.gql(
      '{ myEndorsements { number expiresOn } myApplications { endorsement { number } } }',
    );
    expect(mine.data?.myEndorsements).toEqual([
      { number: `${association.code}-IFA-2026-0001`, expiresOn: '2027-12-31' },
    ]);
    expect(mine.data?.myApplications[0].endorsement.number).toBe(`${association.code}-IFA-2026-0001`);
    const notice = await server.prisma.notification.findFirstOrThrow({
      where: { userId: user.id, kind: 'application.endorsed' },
    });
    expect(notice.title).toBe('Endorsed');
    expect(notice.body).toContain(`${association.code}-IFA-2026-0001`);
    const decisions = await coordinator.gql(
      `{ application(id: "${applicationId}") { decisions { kind message decidedBy { name } } } }`,
    );
    expect(decisions.data?.application.decisions).toEqual([
      { kind: 'ENDORSE', message: 'Well done.', decidedBy: { name: 'Test Person' } },
    ]);
    expect(
      await server.prisma.auditEntry.count({
        where: { action: 'application.decide', entityId: applicationId },
      }),
    ).toBe(1);
    const hidden = await applicant.gql(`{ application(id: "${applicationId}") { decisions { kind } } }`);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('numbers in sequence per association and year, uniquely when endorsing at once', async () => {
    const first = await reviewedIfa(server);
    const files = [first];
    const { association, coordinator } = first;
    // Two more files of the same association, reviewed by a second reviewer.
    const reviewer = await addReviewer(server, association.id);
    for (let i = 0; i < 2; i++) {
      const applicant = await createUser(server.prisma, {
        associationId: association.id,
        name: `Applicant ${i}`,
      });
      const profile = await server.prisma.applicantProfile.findUniqueOrThrow({
        where: { userId: applicant.id },
      });
      const app = await server.prisma.application.create({
        data: {
          profileId: profile.id,
          associationId: association.id,
          level: 'IFA',
          ruleEdition: association.ruleEdition,
          status: 'IN_REVIEW',
        },
      });
      const a = await coordinator.gql(ASSIGN, {
        applicationId: app.id,
        reviewerId: userGlobalId(reviewer.user.id),
      });
      await fullReview(reviewer.client, app.id, a.data?.assignReviewer.data?.id);
      await reviewer.client.gql(SUBMIT_REVIEW, { id: a.data?.assignReviewer.data?.id });
      files.push({ ...first, applicationId: app.id });
    }
    const results = await Promise.all(
      files.map((f) => decide(coordinator, f.applicationId, { kind: 'ENDORSE' })),
    );
    const numbers = results.map((r) => r.data?.endorsement.number).sort();
    expect(numbers).toEqual([1, 2, 3].map((n) => `${association.code}-IFA-2026-000${n}`));
    // Another association starts its own sequence.
    const other = await reviewedIfa(server);
    expect(
      (await decide(other.coordinator, other.applicationId, { kind: 'ENDORSE' })).data?.endorsement.number,
    ).toBe(`${other.association.code}-IFA-2026-0001`);
  });

  it('needs a submitted review first, and refuses illegal moves with the state machine’s reason', async () => {
    const { applicationId, coordinator } = await submittedIfa(server);
    const early = await decide(coordinator, applicationId, { kind: 'ENDORSE' });
    expect(early).toMatchObject({
      __typename: 'ConflictError',
      message: 'An application cannot go from submitted to endorsed.',
    });
    await server.prisma.application.update({ where: { id: applicationId }, data: { status: 'IN_REVIEW' } });
    expect((await decide(coordinator, applicationId, { kind: 'DENY', message: 'No.' })).message).toBe(
      'At least one reviewer must submit a review before a decision.',
    );
    const reviewed = await reviewedIfa(server);
    const exam = await decide(reviewed.coordinator, reviewed.applicationId, { kind: 'EXAM_PENDING' });
    expect(exam).toMatchObject({
      __typename: 'ConflictError',
      message: 'This application does not require the exam, so it cannot go from in_review to exam_pending.',
    });
    await decide(reviewed.coordinator, reviewed.applicationId, { kind: 'ENDORSE' });
    const twice = await decide(reviewed.coordinator, reviewed.applicationId, { kind: 'ENDORSE' });
    expect(twice).toMatchObject({
      __typename: 'ConflictError',
      message: 'An application cannot go from endorsed to endorsed.',
    });
    expect(await server.prisma.endorsement.count({ where: { applicationId: reviewed.applicationId } })).toBe(
      1,
    );
  });
});

describe('denying and requesting changes', () => {
  it('denies with reasons only, and requests changes with a message and sections', async () => {
    const { applicationId, coordinator, client: applicant } = await reviewedIfa(server);
    const bare = await decide(coordinator, applicationId, { kind: 'DENY' });
    expect(bare.fieldErrors).toEqual([{ path: 'message', message: 'Give the reasons for the denial.' }]);
    const changes = await decide(coordinator, applicationId, {
      kind: 'REQUEST_CHANGES',
      message: 'Add your 2024 training.',
      sections: ['TRAINING', 'TRAINING'],
    });
    expect(changes.data?.status).toBe('CHANGES_REQUESTED');
    const seen = await applicant.gql(
      `{ application(id: "${applicationId}") { changeRequests { message sections } } }`,
    );
    expect(seen.data?.application.changeRequests).toEqual([
      { message: 'Add your 2024 training.', sections: ['TRAINING'] },
    ]);

    const other = await reviewedIfa(server);
    const denied = await decide(other.coordinator, other.applicationId, {
      kind: 'DENY',
      message: 'Work is not with infants.',
    });
    expect(denied.data).toMatchObject({ status: 'DENIED', endorsement: null });
    const notice = await server.prisma.notification.findFirstOrThrow({
      where: { userId: other.user.id, kind: 'application.denied' },
    });
    expect(notice.body).toContain('Work is not with infants.');
  });

  it('lets no reviewer, applicant or coordinator of another association decide', async () => {
    const { applicationId, reviewer, client: applicant } = await reviewedIfa(server);
    const outsider = await signedInClient(
      server.url,
      (
        await createUser(server.prisma, {
          associationId: (await createAssociation(server.prisma)).id,
          roles: ['COORDINATOR'],
        })
      ).email,
    );
    const input = { kind: 'ENDORSE' };
    expect((await decide(reviewer.client, applicationId, input)).__typename).toBe('ForbiddenError');
    expect((await decide(applicant, applicationId, input)).__typename).toBe('ForbiddenError');
    expect((await decide(outsider, applicationId, input)).__typename).toBe('NotFoundError');
    const exam = await outsider.gql(RECORD_EXAM, {
      applicationId,
      input: { takenOn: '2026-11-01', scorePercent: 90, passed: true },
    });
    expect(exam.data?.recordExamResult.__typename).toBe('NotFoundError');
    expect(
      (await reviewer.client.gql(`{ application(id: "${applicationId}") { decisions { id } } }`)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('the exam', () => {
  it('moves a Mentor file to exam pending, keeps it there after a failure, waits for the retake, endorses after a pass', async () => {
    const { applicationId, coordinator, association } = await reviewedMentorFile();
    const pending = await decide(coordinator, applicationId, { kind: 'EXAM_PENDING' });
    expect(pending.data?.status).toBe('EXAM_PENDING');
    const tooSoon = await decide(coordinator, applicationId, { kind: 'ENDORSE' });
    expect(tooSoon.message).toBe('Record a passed exam before endorsing.');

    const record = (input: object) =>
      coordinator.gql(RECORD_EXAM, { applicationId, input }).then((r) => r.data?.recordExamResult);
    expect((await record({ takenOn: '2027-01-01', scorePercent: 90, passed: true })).fieldErrors).toEqual([
      { path: 'takenOn', message: 'The exam date cannot be in the future.' },
    ]);
    expect((await record({ takenOn: '2026-11-01', scorePercent: 101, passed: true })).__typename).toBe(
      'ValidationError',
    );
    const failed = await record({ takenOn: '2025-11-10', scorePercent: 62, passed: false });
    expect(failed.data?.status).toBe('EXAM_PENDING');
    const retake = await record({ takenOn: '2026-11-01', scorePercent: 85, passed: true });
    expect(retake.fieldErrors[0].message).toBe(
      'After a failed exam, a retake counts from 2026-11-10 (12 months later).',
    );
    const passed = await record({ takenOn: '2026-11-20', scorePercent: 85, passed: true });
    expect(passed.data?.status).toBe('EXAM_PENDING');
    const kinds = await coordinator.gql(
      `{ application(id: "${applicationId}") { exams { passed } decisions { kind message } } }`,
    );
    expect(kinds.data?.application.exams).toEqual([{ passed: false }, { passed: true }]);
    expect(kinds.data?.application.decisions.map((d: { kind: string }) => d.kind).sort()).toEqual([
      'EXAM_PENDING',
      'EXAM_RESULT',
      'EXAM_RESULT',
    ]);

    const endorsed = await decide(coordinator, applicationId, { kind: 'ENDORSE' });
    expect(endorsed.data?.status).toBe('ENDORSED');
    expect(endorsed.data?.endorsement).toMatchObject({
      number: `${association.code}-IMHM-2026-0001`,
      level: 'IMHM',
      track: 'CLINICAL',
      startsOn: '2026-11-23',
      expiresOn: '2027-12-31',
    });
  });

  it('records results only while an exam is pending', async () => {
    const { applicationId, coordinator } = await reviewedIfa(server);
    const res = await coordinator.gql(RECORD_EXAM, {
      applicationId,
      input: { takenOn: '2026-11-01', scorePercent: 90, passed: true },
    });
    expect(res.data?.recordExamResult).toMatchObject({
      __typename: 'ConflictError',
      message: 'This application is not waiting for an exam.',
    });
  });
});
