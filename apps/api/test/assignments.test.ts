import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflictsFor } from '../src/review/conflicts.ts';
import { sendReviewReminders } from '../src/review/reminders.ts';
import { applicantWithCoordinator, START } from './helpers/applications.ts';
import { createAssociation, createUser } from './helpers/factories.ts';
import {
  ASSIGN,
  addReviewer,
  DECLARE,
  SUGGEST,
  submittedIfa,
  UNASSIGN,
  userGlobalId,
} from './helpers/review.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const DAY = 86_400_000;
const kinds = async (applicationId: string, reviewerId: string) =>
  (await conflictsFor(server.prisma, applicationId, reviewerId)).map((r) => r.kind);

describe('conflicts of interest', () => {
  it('finds a rater (any case, not a replaced one), an RSC provider by email or name, an employer, a declaration', async () => {
    const { association, applicationId, profile } = await submittedIfa(server);
    const rater = await server.prisma.referenceRequest.findFirstOrThrow({ where: { applicationId } });
    const asRater = await addReviewer(server, association.id, { email: rater.raterEmail.toUpperCase() });
    expect(await kinds(applicationId, asRater.user.id)).toEqual(['REFERENCE_RATER']);
    await server.prisma.referenceRequest.update({ where: { id: rater.id }, data: { status: 'REPLACED' } });
    expect(await kinds(applicationId, asRater.user.id)).toEqual([]);

    const rscBase = {
      profileId: profile.id,
      startDate: new Date('2025-01-01'),
      endDate: new Date('2025-12-31'),
    };
    const byEmail = await addReviewer(server, association.id, { email: 'Sup.Provider@Example.org' });
    const byName = await addReviewer(server, association.id, { name: 'Dana Provider' });
    await server.prisma.rscEntry.createMany({
      data: [
        {
          ...rscBase,
          hours: 10,
          format: 'INDIVIDUAL',
          providerName: 'Someone',
          providerEmail: 'sup.provider@example.ORG',
        },
        { ...rscBase, hours: 10, format: 'GROUP', providerName: 'DANA PROVIDER' },
      ],
    });
    expect(await kinds(applicationId, byEmail.user.id)).toEqual(['RSC_PROVIDER']);
    expect(await kinds(applicationId, byName.user.id)).toEqual(['RSC_PROVIDER']);

    // The applicant's open work entry says "Family Center" (fillIfaPortfolio).
    const colleague = await addReviewer(server, association.id, { applicant: true });
    await server.prisma.applicantProfile.update({
      where: { userId: colleague.user.id },
      data: { employer: '  family   CENTER ' },
    });
    const reasons = await conflictsFor(server.prisma, applicationId, colleague.user.id);
    expect(reasons).toEqual([
      { kind: 'SAME_EMPLOYER', detail: 'works at the applicant’s employer (Family Center)' },
    ]);
    // A job that ended is no longer a shared employer.
    await server.prisma.workEntry.updateMany({
      where: { profileId: profile.id },
      data: { endDate: new Date('2026-01-01') },
    });
    expect(await kinds(applicationId, colleague.user.id)).toEqual([]);

    const declaring = await addReviewer(server, association.id);
    const declared = await declaring.client.gql(DECLARE, { applicationId, reason: 'We were classmates.' });
    expect(declared.data?.declareConflict).toEqual({
      __typename: 'MutationDeclareConflictSuccess',
      data: true,
    });
    expect(await conflictsFor(server.prisma, applicationId, declaring.user.id)).toEqual([
      { kind: 'DECLARED', detail: 'declared a conflict: We were classmates.' },
    ]);
  });

  it('lets a reviewer declare only where the application is assigned or offered to them, and withdraws them', async () => {
    const { association, applicationId, coordinator } = await submittedIfa(server);
    const unqualified = await addReviewer(server, association.id, { levels: ['IMHS'] });
    const refused = await unqualified.client.gql(DECLARE, { applicationId, reason: 'x' });
    expect(refused.data?.declareConflict.__typename).toBe('NotFoundError');
    const outsider = await addReviewer(server, (await createAssociation(server.prisma)).id);
    expect(
      (await outsider.client.gql(DECLARE, { applicationId, reason: 'x' })).data?.declareConflict.__typename,
    ).toBe('NotFoundError');

    const assigned = await addReviewer(server, association.id);
    const a = await coordinator.gql(ASSIGN, { applicationId, reviewerId: userGlobalId(assigned.user.id) });
    await assigned.client.gql(DECLARE, { applicationId, reason: 'My former supervisee.' });
    const row = await server.prisma.reviewAssignment.findUniqueOrThrow({
      where: { id: a.data?.assignReviewer.data?.id },
    });
    expect(row.status).toBe('WITHDRAWN');
    const audit = await server.prisma.auditEntry.findFirst({
      where: { action: 'conflict.declare', entityId: applicationId },
    });
    expect(audit?.actorId).toBe(assigned.user.id);
  });
});

describe('assigning reviewers', () => {
  it('assigns with a 21-day default, moves a submitted file to review, audits and tells the reviewer', async () => {
    const { association, applicationId, coordinator } = await submittedIfa(server);
    const reviewer = await addReviewer(server, association.id);
    const res = await coordinator.gql(ASSIGN, { applicationId, reviewerId: userGlobalId(reviewer.user.id) });
    expect(res.data?.assignReviewer.__typename).toBe('MutationAssignReviewerSuccess');
    const assignment = res.data?.assignReviewer.data;
    expect(assignment.status).toBe('ASSIGNED');
    expect(new Date(assignment.dueAt).getTime()).toBe(server.clock.now().getTime() + 21 * DAY);
    const app = await server.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(app.status).toBe('IN_REVIEW');
    expect(
      await server.prisma.auditEntry.count({
        where: { action: 'assignment.create', entityId: assignment.id },
      }),
    ).toBe(1);
    const note = await server.prisma.notification.findFirstOrThrow({ where: { userId: reviewer.user.id } });
    expect(note).toMatchObject({ kind: 'review.assigned', link: '/admin/' });
    expect(await server.prisma.outboxMessage.count({ where: { toAddress: reviewer.user.email } })).toBe(1);

    const again = await coordinator.gql(ASSIGN, {
      applicationId,
      reviewerId: userGlobalId(reviewer.user.id),
    });
    expect(again.data?.assignReviewer.__typename).toBe('ConflictError');

    const mine = await reviewer.client.gql('{ myAssignments(status: ASSIGNED) { id application { id } } }');
    expect(mine.data?.myAssignments).toEqual([{ id: assignment.id, application: { id: applicationId } }]);
    const list = await coordinator.gql(
      `{ application(id: "${applicationId}") { assignments { id status } } }`,
    );
    expect(list.data?.application.assignments).toEqual([{ id: assignment.id, status: 'ASSIGNED' }]);
  });

  it('refuses the unqualified, the inactive, the applicant, outsiders, and the wrong status', async () => {
    const { association, applicationId, coordinator, user } = await submittedIfa(server);
    const unqualified = await addReviewer(server, association.id, { levels: ['IMHS'] });
    const inactive = await addReviewer(server, association.id, { active: false });
    const outsider = await addReviewer(server, (await createAssociation(server.prisma)).id);
    const field = async (reviewerId: string) =>
      (await coordinator.gql(ASSIGN, { applicationId, reviewerId: userGlobalId(reviewerId) })).data
        ?.assignReviewer;
    expect((await field(unqualified.user.id)).fieldErrors).toEqual([
      { path: 'reviewerId', message: 'This reviewer is not qualified to review IFA applications.' },
    ]);
    expect((await field(inactive.user.id)).fieldErrors[0].message).toMatch(/deactivated/);
    expect((await field(outsider.user.id)).__typename).toBe('NotFoundError');
    // The applicant made a reviewer of the association is still not a reviewer of their own file.
    await server.prisma.userRole.create({
      data: { userId: user.id, role: 'REVIEWER', associationId: association.id },
    });
    await server.prisma.reviewerQualification.create({
      data: { userId: user.id, level: 'IFA', heldLevel: 'IFA' },
    });
    expect((await field(user.id)).fieldErrors[0].message).toBe(
      'Applicants cannot review their own application.',
    );

    const people = await applicantWithCoordinator(server);
    const draft = (await people.client.gql(START, { input: { level: 'IFA' } })).data?.startApplication.data
      ?.id;
    const r = await addReviewer(server, people.association.id);
    const onDraft = await people.coordinator.gql(ASSIGN, {
      applicationId: draft,
      reviewerId: userGlobalId(r.user.id),
    });
    expect(onDraft.data?.assignReviewer.__typename).toBe('ConflictError');
  });

  it('refuses a conflicted reviewer with the reasons, and records an override', async () => {
    const { association, applicationId, coordinator } = await submittedIfa(server);
    const rater = await server.prisma.referenceRequest.findFirstOrThrow({ where: { applicationId } });
    const reviewer = await addReviewer(server, association.id, { email: rater.raterEmail });
    const refused = await coordinator.gql(ASSIGN, {
      applicationId,
      reviewerId: userGlobalId(reviewer.user.id),
    });
    expect(refused.data?.assignReviewer).toMatchObject({
      __typename: 'ConflictOfInterestError',
      reasons: [{ kind: 'REFERENCE_RATER' }],
    });
    expect(await server.prisma.reviewAssignment.count({ where: { applicationId } })).toBe(0);
    const overridden = await coordinator.gql(ASSIGN, {
      applicationId,
      reviewerId: userGlobalId(reviewer.user.id),
      overrideReason: 'Only Mentor reviewer available this quarter.',
    });
    const assignment = overridden.data?.assignReviewer.data;
    expect(assignment.overrideReason).toBe('Only Mentor reviewer available this quarter.');
    const audit = await server.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'assignment.override', entityId: assignment.id },
    });
    expect(audit.after).toMatchObject({
      overrideReason: 'Only Mentor reviewer available this quarter.',
      reasons: [{ kind: 'REFERENCE_RATER' }],
    });
  });

  it('withdraws an assignment, and lets nobody but the coordinators of the association assign', async () => {
    const { association, applicationId, coordinator, client: applicant } = await submittedIfa(server);
    const reviewer = await addReviewer(server, association.id);
    const otherCoordinator = await createUser(server.prisma, {
      associationId: (await createAssociation(server.prisma)).id,
      roles: ['COORDINATOR'],
    });
    const stranger = await signedInClient(server.url, otherCoordinator.email);
    const args = { applicationId, reviewerId: userGlobalId(reviewer.user.id) };
    expect((await stranger.gql(ASSIGN, args)).data?.assignReviewer.__typename).toBe('NotFoundError');
    expect((await reviewer.client.gql(ASSIGN, args)).data?.assignReviewer.__typename).toBe('ForbiddenError');
    expect((await applicant.gql(ASSIGN, args)).data?.assignReviewer.__typename).toBe('ForbiddenError');
    expect((await stranger.gql(SUGGEST, { applicationId })).errors?.[0]?.message).toBe(
      'No such application.',
    );

    const id = (await coordinator.gql(ASSIGN, args)).data?.assignReviewer.data?.id;
    expect((await stranger.gql(UNASSIGN, { id })).data?.unassignReviewer.__typename).toBe('NotFoundError');
    const withdrawn = await coordinator.gql(UNASSIGN, { id });
    expect(withdrawn.data?.unassignReviewer.data?.status).toBe('WITHDRAWN');
    const seen = await reviewer.client.gql(`{ application(id: "${applicationId}") { id } }`);
    expect(seen.data?.application).toBeNull();
    // Assigned again on the same row.
    const back = await coordinator.gql(ASSIGN, args);
    expect(back.data?.assignReviewer.data).toMatchObject({ id, status: 'ASSIGNED' });
    const applicantView = await applicant.gql(
      `{ application(id: "${applicationId}") { assignments { id } } }`,
    );
    expect(applicantView.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('suggestions', () => {
  it('ranks by open load then by the longest wait, and lists conflicted reviewers last with reasons', async () => {
    const { association, applicationId, coordinator } = await submittedIfa(server);
    const busy = await addReviewer(server, association.id, { name: 'Busy' });
    const recent = await addReviewer(server, association.id, { name: 'Recent' });
    const idle = await addReviewer(server, association.id, { name: 'Idle' });
    const rater = await server.prisma.referenceRequest.findFirstOrThrow({ where: { applicationId } });
    const conflicted = await addReviewer(server, association.id, { name: 'Rater', email: rater.raterEmail });
    await addReviewer(server, association.id, { name: 'Other level', levels: ['IMHS'] });
    // Load from other files: Busy has two open, Recent one finished yesterday.
    for (let i = 0; i < 2; i++) {
      const other = await submittedIfa(server);
      await server.prisma.reviewAssignment.create({
        data: {
          applicationId: other.applicationId,
          reviewerId: busy.user.id,
          assignedById: busy.user.id,
          dueAt: new Date(),
        },
      });
    }
    const other = await submittedIfa(server);
    await server.prisma.reviewAssignment.create({
      data: {
        applicationId: other.applicationId,
        reviewerId: recent.user.id,
        assignedById: recent.user.id,
        dueAt: new Date(),
        status: 'COMPLETED',
      },
    });
    const res = await coordinator.gql(SUGGEST, { applicationId, count: 2 });
    const rows = res.data?.suggestReviewers;
    expect(rows.map((r: { reviewer: { name: string } }) => r.reviewer.name)).toEqual([
      'Idle',
      'Recent',
      'Rater',
    ]);
    expect(rows[0]).toMatchObject({
      openAssignments: 0,
      lastAssignedAt: null,
      conflicted: false,
      conflicts: [],
    });
    expect(rows[2]).toMatchObject({ conflicted: true, conflicts: [{ kind: 'REFERENCE_RATER' }] });
    expect(rows[2].reviewer.id).toBe(userGlobalId(conflicted.user.id));

    await coordinator.gql(ASSIGN, { applicationId, reviewerId: userGlobalId(idle.user.id) });
    const after = await coordinator.gql(SUGGEST, { applicationId, count: 5 });
    expect(after.data?.suggestReviewers.map((r: { reviewer: { name: string } }) => r.reviewer.name)).toEqual([
      'Recent',
      'Busy',
      'Rater',
    ]);
  });
});

describe('reminders', () => {
  it('reminds once when due within three days and once when overdue, never for finished work', async () => {
    const { association, applicationId, coordinator } = await submittedIfa(server);
    const reviewer = await addReviewer(server, association.id);
    const now = server.clock.now();
    await coordinator.gql(ASSIGN, {
      applicationId,
      reviewerId: userGlobalId(reviewer.user.id),
      dueAt: new Date(now.getTime() + 5 * DAY).toISOString(),
    });
    const config = { publicUrl: server.config.publicUrl };
    const mine = () =>
      server.prisma.notification.findMany({
        where: { userId: reviewer.user.id, kind: { startsWith: 'review.' } },
        orderBy: { createdAt: 'asc' },
      });
    await sendReviewReminders(server.prisma, now, config);
    expect((await mine()).map((n) => n.kind)).toEqual(['review.assigned']);
    const soon = new Date(now.getTime() + 3 * DAY);
    await sendReviewReminders(server.prisma, soon, config);
    await sendReviewReminders(server.prisma, new Date(soon.getTime() + 3_600_000), config);
    expect((await mine()).map((n) => n.kind)).toEqual(['review.assigned', 'review.due-soon']);
    const late = new Date(now.getTime() + 6 * DAY);
    await Promise.all([
      sendReviewReminders(server.prisma, late, config),
      sendReviewReminders(server.prisma, late, config),
    ]);
    await sendReviewReminders(server.prisma, new Date(late.getTime() + DAY), config);
    expect((await mine()).map((n) => n.kind)).toEqual([
      'review.assigned',
      'review.due-soon',
      'review.overdue',
    ]);
    expect(await server.prisma.outboxMessage.count({ where: { toAddress: reviewer.user.email } })).toBe(3);
  });
});
