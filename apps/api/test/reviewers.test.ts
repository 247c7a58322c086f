import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayReview } from '../src/reviewers/qualification.ts';
import { workloadOf } from '../src/reviewers/workload.ts';
import { createAssociation, createUser } from './helpers/factories.ts';
import { graphqlClient } from './helpers/graphql-client.ts';
import { assign, queuedApplication, staffTenant } from './helpers/queue-fixtures.ts';
import { signedInClient } from './helpers/sign-in.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteReviewerInput!) {
    inviteReviewer(input: $input) {
      __typename
      ... on MutationInviteReviewerSuccess { data { user { id roles } name email qualifications { level heldLevel heldTrack } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;
const SET_QUALIFICATIONS = /* GraphQL */ `
  mutation SetQ($input: SetReviewerQualificationsInput!) {
    setReviewerQualifications(input: $input) {
      __typename
      ... on MutationSetReviewerQualificationsSuccess { data { qualifications { level heldLevel heldTrack } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;
const REVIEWERS = /* GraphQL */ `
  query Reviewers($first: Int, $after: String, $search: String) {
    reviewers(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { name email active qualifications { level }
        openAssignments completedAssignments averageDaysToComplete overdueAssignments } }
    }
  }
`;
const RESET = /* GraphQL */ `
  mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename } }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the qualification rule', () => {
  it('lets a reviewer review their own level and below, IMHM-Clinical everything', () => {
    expect(mayReview({ level: 'IFS', track: null }, 'IFS')).toBe(true);
    expect(mayReview({ level: 'IFS', track: null }, 'IFA')).toBe(true);
    expect(mayReview({ level: 'IFS', track: null }, 'IFRS')).toBe(false);
    expect(mayReview({ level: 'IMHS', track: null }, 'IMHS')).toBe(true);
    expect(mayReview({ level: 'IMHS', track: null }, 'IMHM')).toBe(false);
    expect(mayReview({ level: 'IFA', track: null }, 'IFS')).toBe(false);
    for (const level of ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'] as const) {
      expect(mayReview({ level: 'IMHM', track: 'CLINICAL' }, level)).toBe(true);
    }
    expect(mayReview({ level: 'IMHM', track: 'POLICY' }, 'IMHS')).toBe(true);
    expect(mayReview({ level: 'IMHM', track: 'POLICY' }, 'IMHM')).toBe(false);
    expect(mayReview({ level: 'IMHM', track: 'RESEARCH_FACULTY' }, 'IMHM')).toBe(false);
  });

  it('computes the workload from assignments', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(
      workloadOf(
        [
          { status: 'ASSIGNED', createdAt: at('2026-11-01'), dueAt: at('2026-11-20'), completedAt: null },
          { status: 'ASSIGNED', createdAt: at('2026-11-01'), dueAt: at('2026-12-20'), completedAt: null },
          {
            status: 'COMPLETED',
            createdAt: at('2026-10-01'),
            dueAt: at('2026-10-20'),
            completedAt: at('2026-10-05'),
          },
          {
            status: 'COMPLETED',
            createdAt: at('2026-10-01'),
            dueAt: at('2026-10-20'),
            completedAt: at('2026-10-08'),
          },
          { status: 'WITHDRAWN', createdAt: at('2026-09-01'), dueAt: at('2026-09-02'), completedAt: null },
        ],
        now,
      ),
    ).toEqual({
      openAssignments: 2,
      completedAssignments: 2,
      averageDaysToComplete: 5.5,
      overdueAssignments: 1,
    });
    expect(workloadOf([], now).averageDaysToComplete).toBeNull();
  });
});

describe('inviting reviewers', () => {
  it('creates the account, emails a single-use link to set a password, and audits it', async () => {
    const t = await staffTenant(server);
    const email = `new-reviewer-${t.association.code}@example.org`.toLowerCase();
    const res = await t.coordinatorClient.gql(INVITE, {
      input: { name: 'Nia New', email: email.toUpperCase(), levels: ['IFS', 'IFA'], heldLevel: 'IMHS' },
    });
    expect(res.data?.inviteReviewer.__typename).toBe('MutationInviteReviewerSuccess');
    const data = res.data?.inviteReviewer.data;
    expect(data).toMatchObject({ name: 'Nia New', email, user: { roles: ['REVIEWER'] } });
    expect(data.qualifications).toEqual([
      { level: 'IFA', heldLevel: 'IMHS', heldTrack: null },
      { level: 'IFS', heldLevel: 'IMHS', heldTrack: null },
    ]);
    const mail = await server.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: email } });
    const token = /\/reset-password\?token=([\w-]+)/.exec(mail.textBody)?.[1];
    expect(mail.textBody).toContain('http://portal.test/reset-password?token=');
    const anon = graphqlClient(server.url);
    const input = { token, password: 'a brand new passphrase' };
    expect((await anon.gql(RESET, { input })).data?.resetPassword.__typename).toBe(
      'MutationResetPasswordSuccess',
    );
    expect((await anon.gql(RESET, { input })).data?.resetPassword.__typename).toBe('InvalidTokenError');
    await signedInClient(server.url, email, 'a brand new passphrase');
    const user = await server.prisma.user.findUniqueOrThrow({ where: { email } });
    const audit = await server.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'reviewer.invited', entityId: user.id },
    });
    expect(audit.actorId).toBe(t.coordinator.id);
    expect(audit.after).toMatchObject({ levels: ['IFA', 'IFS'], heldLevel: 'IMHS', existingAccount: false });
  });

  it('adds the role to an existing account instead of creating a second one', async () => {
    const t = await staffTenant(server);
    const existing = await createUser(server.prisma, {
      associationId: t.association.id,
      name: 'Already Here',
    });
    const res = await t.coordinatorClient.gql(INVITE, {
      input: {
        name: 'Ignored',
        email: existing.email,
        levels: ['IMHM'],
        heldLevel: 'IMHM',
        heldTrack: 'CLINICAL',
      },
    });
    expect(res.data?.inviteReviewer.data).toMatchObject({
      name: 'Already Here',
      user: { roles: ['APPLICANT', 'REVIEWER'] },
    });
    expect(await server.prisma.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it('refuses a level above the held endorsement, a missing Mentor track, and non-coordinators', async () => {
    const t = await staffTenant(server);
    const email = `x-${t.association.code}@example.org`;
    const above = await t.coordinatorClient.gql(INVITE, {
      input: { name: 'X', email, levels: ['IMHS'], heldLevel: 'IFRS' },
    });
    expect(above.data?.inviteReviewer.__typename).toBe('ValidationError');
    expect(above.data?.inviteReviewer.fieldErrors[0].path).toBe('levels');
    const noTrack = await t.coordinatorClient.gql(INVITE, {
      input: { name: 'X', email, levels: ['IFA'], heldLevel: 'IMHM' },
    });
    expect(noTrack.data?.inviteReviewer.fieldErrors[0].path).toBe('heldTrack');
    const badEmail = await t.coordinatorClient.gql(INVITE, {
      input: { name: 'X', email: 'not-an-email', levels: [], heldLevel: 'IFA' },
    });
    expect(badEmail.data?.inviteReviewer.__typename).toBe('ValidationError');
    expect(await server.prisma.user.count({ where: { email } })).toBe(0);
    const asReviewer = await t.reviewerClient.gql(INVITE, {
      input: { name: 'X', email, levels: [], heldLevel: 'IFA' },
    });
    expect(asReviewer.data?.inviteReviewer.__typename).toBe('ForbiddenError');
  });
});

describe('reviewer qualifications', () => {
  it('replaces the levels at the boundary of the held endorsement, audited', async () => {
    const t = await staffTenant(server);
    const userId = encodeGlobalID('User', t.reviewer.id);
    const ok = await t.coordinatorClient.gql(SET_QUALIFICATIONS, {
      input: { userId, levels: ['IMHS', 'IFA'], heldLevel: 'IMHS' },
    });
    expect(
      ok.data?.setReviewerQualifications.data.qualifications.map((q: { level: string }) => q.level),
    ).toEqual(['IFA', 'IMHS']);
    const over = await t.coordinatorClient.gql(SET_QUALIFICATIONS, {
      input: { userId, levels: ['IMHM'], heldLevel: 'IMHS' },
    });
    expect(over.data?.setReviewerQualifications.__typename).toBe('ValidationError');
    expect(over.data?.setReviewerQualifications.message).toMatch(/cannot review IMHM/);
    expect(await server.prisma.reviewerQualification.count({ where: { userId: t.reviewer.id } })).toBe(2);
    const audit = await server.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'reviewer.qualifications_changed', entityId: t.reviewer.id },
    });
    expect(audit.before).toMatchObject({ levels: [] });
    expect(audit.after).toMatchObject({ levels: ['IFA', 'IMHS'], heldLevel: 'IMHS' });
  });

  it('reaches only reviewers of the coordinator’s associations', async () => {
    const t = await staffTenant(server);
    const other = await staffTenant(server);
    const applicant = await createUser(server.prisma, { associationId: t.association.id });
    for (const id of [other.reviewer.id, applicant.id]) {
      const res = await t.coordinatorClient.gql(SET_QUALIFICATIONS, {
        input: { userId: encodeGlobalID('User', id), levels: ['IFA'], heldLevel: 'IFA' },
      });
      expect(res.data?.setReviewerQualifications.__typename).toBe('NotFoundError');
    }
  });
});

describe('reviewers workload view', () => {
  it('lists the association’s reviewers with their load, searchable and paged', async () => {
    const t = await staffTenant(server);
    const second = await createUser(server.prisma, {
      associationId: t.association.id,
      roles: ['REVIEWER'],
      name: 'Zed Second',
      email: `zz-${t.association.code}@example.org`,
    });
    await staffTenant(server); // another association's reviewer stays out
    const a = await queuedApplication(server.prisma, { associationId: t.association.id });
    const b = await queuedApplication(server.prisma, { associationId: t.association.id });
    const c = await queuedApplication(server.prisma, { associationId: t.association.id });
    const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
    await assign(server.prisma, a.application.id, t.reviewer.id, t.coordinator.id, {
      dueAt: at('2026-11-01'),
    });
    await assign(server.prisma, b.application.id, t.reviewer.id, t.coordinator.id, {
      dueAt: at('2026-12-30'),
    });
    await assign(server.prisma, c.application.id, t.reviewer.id, t.coordinator.id, {
      status: 'COMPLETED',
      createdAt: at('2026-10-01'),
      completedAt: at('2026-10-04'),
    });

    const res = await t.coordinatorClient.gql(REVIEWERS, { first: 1 });
    expect(res.data?.reviewers.totalCount).toBe(2);
    expect(res.data?.reviewers.edges[0].node).toMatchObject({
      name: 'Robin Reviewer',
      openAssignments: 2,
      completedAssignments: 1,
      averageDaysToComplete: 3,
      overdueAssignments: 1,
    });
    const next = await t.coordinatorClient.gql(REVIEWERS, {
      first: 1,
      after: res.data?.reviewers.pageInfo.endCursor,
    });
    expect(next.data?.reviewers.edges[0].node).toMatchObject({
      email: second.email,
      openAssignments: 0,
      averageDaysToComplete: null,
    });
    const search = await t.coordinatorClient.gql(REVIEWERS, { search: 'zed' });
    expect(search.data?.reviewers.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual([
      second.email,
    ]);
  });

  it('is for coordinators only', async () => {
    const t = await staffTenant(server);
    expect((await t.reviewerClient.gql(REVIEWERS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await graphqlClient(server.url).gql(REVIEWERS)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const other = await createAssociation(server.prisma);
    const applicant = await createUser(server.prisma, { associationId: other.id });
    const client = await signedInClient(server.url, applicant.email);
    expect((await client.gql(REVIEWERS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
