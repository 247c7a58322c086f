import type { LevelCode, PrismaClient } from '@imh/db';
import { readyIfaApplication, SUBMIT } from './applications.ts';
import { createUser } from './factories.ts';
import { graphqlClient } from './graphql-client.ts';
import { signedInClient } from './sign-in.ts';
import type { TestServer } from './test-server.ts';

/** The Relay id of a user, as the admin console has it from `users` and passes to `assignReviewer`. */
export const userGlobalId = (id: string) => Buffer.from(`User:${id}`).toString('base64');

const result = (name: string, fields: string, extra = '') => `
  ${name} {
    __typename
    ... on Mutation${name[0]?.toUpperCase()}${name.slice(1, name.indexOf('('))}Success { data { ${fields} } }
    ${extra}
    ... on ValidationError { message fieldErrors { path message } }
    ... on Error { message }
  }`;

const ASSIGNMENT_FIELDS = 'id status dueAt overrideReason reviewer { id name }';

export const ASSIGN = `mutation($applicationId: ID!, $reviewerId: ID!, $dueAt: DateTime, $overrideReason: String) {
  ${result('assignReviewer(applicationId: $applicationId, reviewerId: $reviewerId, dueAt: $dueAt, overrideReason: $overrideReason)', ASSIGNMENT_FIELDS, '... on ConflictOfInterestError { reasons { kind detail } }')}
}`;
export const UNASSIGN = `mutation($id: ID!) { ${result('unassignReviewer(assignmentId: $id)', ASSIGNMENT_FIELDS)} }`;
export const DECLARE = `mutation($applicationId: ID!, $reason: String!) {
  ${result('declareConflict(applicationId: $applicationId, reason: $reason)', '')}
}`.replace('data {  }', 'data');
export const SUGGEST = `query($applicationId: ID!, $count: Int) {
  suggestReviewers(applicationId: $applicationId, count: $count) {
    reviewer { id name } openAssignments lastAssignedAt conflicted conflicts { kind detail }
  }
}`;
const REVIEW_FIELDS = 'id status scores { domainId score } comments recommendation submittedAt';
export const SAVE_REVIEW = `mutation($id: ID!, $input: ReviewInput!) {
  ${result('saveReview(assignmentId: $id, input: $input)', REVIEW_FIELDS)}
}`;
export const SUBMIT_REVIEW = `mutation($id: ID!) { ${result('submitReview(assignmentId: $id)', REVIEW_FIELDS)} }`;
export const DECIDE = `mutation($applicationId: ID!, $input: DecisionInput!) {
  ${result('decideApplication(applicationId: $applicationId, input: $input)', 'id status endorsement { number level track status startsOn expiresOn }')}
}`;
export const RECORD_EXAM = `mutation($applicationId: ID!, $input: ExamResultInput!) {
  ${result('recordExamResult(applicationId: $applicationId, input: $input)', 'id status')}
}`;

/** A reviewer of the association, qualified for the given levels, signed in. */
export async function addReviewer(
  server: TestServer,
  associationId: string,
  opts: { levels?: LevelCode[]; name?: string; email?: string; applicant?: boolean; active?: boolean } = {},
) {
  const user = await createUser(server.prisma, {
    associationId,
    roles: opts.applicant ? ['REVIEWER', 'APPLICANT'] : ['REVIEWER'],
    name: opts.name ?? 'Riley Reviewer',
    email: opts.email,
    active: opts.active,
  });
  await server.prisma.reviewerQualification.createMany({
    data: (opts.levels ?? ['IFA']).map((level) => ({ userId: user.id, level, heldLevel: 'IMHS' as const })),
  });
  const client =
    opts.active === false ? graphqlClient(server.url) : await signedInClient(server.url, user.email);
  return { user, client };
}

/** A submitted IFA application in a fresh association, with its applicant and coordinator signed in. */
export async function submittedIfa(server: TestServer) {
  const people = await readyIfaApplication(server, graphqlClient(server.url));
  const submitted = await people.client.gql(SUBMIT, { id: people.applicationId });
  if (submitted.data?.submitApplication.__typename !== 'MutationSubmitApplicationSuccess')
    throw new Error(`submit failed: ${JSON.stringify(submitted)}`);
  return people;
}

/** Scores every rubric domain 4, with a recommendation, as the reviewer's draft. */
export async function fullReview(
  reviewer: Awaited<ReturnType<typeof addReviewer>>['client'],
  applicationId: string,
  assignmentId: string,
  recommendation = 'ENDORSE',
) {
  const rubric = await reviewer.gql(`{ application(id: "${applicationId}") { rubric { id } } }`);
  const scores = rubric.data?.application.rubric.map((d: { id: string }) => ({ domainId: d.id, score: 4 }));
  return reviewer.gql(SAVE_REVIEW, {
    id: assignmentId,
    input: { scores, comments: 'Solid file.', recommendation },
  });
}

/** A submitted application with one reviewer assigned who has submitted an ENDORSE review. */
export async function reviewedIfa(server: TestServer) {
  const people = await submittedIfa(server);
  const reviewer = await addReviewer(server, people.association.id);
  const assigned = await people.coordinator.gql(ASSIGN, {
    applicationId: people.applicationId,
    reviewerId: userGlobalId(reviewer.user.id),
  });
  const assignmentId = assigned.data?.assignReviewer.data?.id as string;
  await fullReview(reviewer.client, people.applicationId, assignmentId);
  const submitted = await reviewer.client.gql(SUBMIT_REVIEW, { id: assignmentId });
  if (submitted.data?.submitReview.__typename !== 'MutationSubmitReviewSuccess')
    throw new Error(`review failed: ${JSON.stringify(submitted)}`);
  return { ...people, reviewer, assignmentId };
}

/** Turns a submitted IFA file into a Mentor-Clinical one, the level that sits the exam in every edition. */
export async function makeMentorFile(prisma: PrismaClient, applicationId: string) {
  await prisma.application.update({
    where: { id: applicationId },
    data: { level: 'IMHM', track: 'CLINICAL' },
  });
}
