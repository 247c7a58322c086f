import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@imh/db';
import { fromIsoDay } from '../../src/calendar-day.ts';
import { createAssociation, createUser } from './factories.ts';
import type { GraphqlClient } from './graphql-client.ts';
import { signedInClient } from './sign-in.ts';
import type { TestServer } from './test-server.ts';

const uid = () => randomBytes(4).toString('hex');

export const APPLICATION_FIELDS = /* GraphQL */ `
  id level track status editable submittedAt targetName editionId
  codeOfEthicsVersion agreementVersion
  events { fromStatus toStatus message }
  submissions { round response evaluation { eligible } }
  changeRequests { message sections }
  references { id raterName status sendCount }
  evaluation { eligible readyForReview requirements { id status progress { have need unit } } }
`;

export const START = /* GraphQL */ `
  mutation Start($input: ApplicationTargetInput!) {
    startApplication(input: $input) {
      __typename
      ... on MutationStartApplicationSuccess { data { ${APPLICATION_FIELDS} } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;

export const REQUEST_REFERENCE = /* GraphQL */ `
  mutation Ask($applicationId: ID!, $input: RaterInput!) {
    requestReference(applicationId: $applicationId, input: $input) {
      __typename
      ... on MutationRequestReferenceSuccess { data { id status raterEmail } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;

export const OPEN_FORM = /* GraphQL */ `
  mutation Open($token: String!) {
    openReferenceForm(token: $token) {
      __typename
      ... on MutationOpenReferenceFormSuccess {
        data { raterName applicantName levelName domains { id competencies { id } } }
      }
      ... on Error { message }
    }
  }
`;

export const SUBMIT_RATING = /* GraphQL */ `
  mutation Rate($token: String!, $input: ReferenceRatingInput!) {
    submitReferenceRating(token: $token, input: $input) {
      __typename
      ... on MutationSubmitReferenceRatingSuccess { data { ok } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;

export const ACCEPT = /* GraphQL */ `
  mutation Accept($applicationId: ID!, $document: AgreementDocument!, $version: String!) {
    acceptAgreement(applicationId: $applicationId, document: $document, version: $version) {
      __typename
      ... on MutationAcceptAgreementSuccess { data { codeOfEthicsVersion agreementVersion } }
      ... on Error { message }
    }
  }
`;

export const SUBMIT = /* GraphQL */ `
  mutation Submit($id: ID!, $response: String) {
    submitApplication(id: $id, response: $response) {
      __typename
      ... on MutationSubmitApplicationSuccess { data { ${APPLICATION_FIELDS} } }
      ... on UnmetRequirementsError { message unmet { id label } }
      ... on Error { message }
    }
  }
`;

export const REQUEST_CHANGES = /* GraphQL */ `
  mutation Changes($applicationId: ID!, $message: String!, $sections: [PortfolioSection!]!) {
    requestChanges(applicationId: $applicationId, message: $message, sections: $sections) {
      __typename
      ... on MutationRequestChangesSuccess { data { status } }
      ... on Error { message }
    }
  }
`;

/** An applicant in a fresh association (vaimh-2010) with a coordinator, both signed in. */
export async function applicantWithCoordinator(server: TestServer) {
  const association = await createAssociation(server.prisma);
  const user = await createUser(server.prisma, { associationId: association.id, name: 'Avery Applicant' });
  const coordinator = await createUser(server.prisma, {
    associationId: association.id,
    roles: ['COORDINATOR'],
  });
  const profile = await server.prisma.applicantProfile.findUniqueOrThrow({ where: { userId: user.id } });
  return {
    association,
    user,
    profile,
    client: await signedInClient(server.url, user.email),
    coordinator: await signedInClient(server.url, coordinator.email),
  };
}

/** Everything IFA asks of the portfolio itself in vaimh-2010: a degree, work with families, 30 h training, membership. */
export async function fillIfaPortfolio(prisma: PrismaClient, profileId: string) {
  const day = fromIsoDay;
  await prisma.applicantProfile.update({
    where: { id: profileId },
    data: {
      education: {
        create: {
          degreeLevel: 'ASSOCIATE',
          field: 'Early childhood',
          institution: 'Lansing CC',
          completedOn: day('2018-05-01'),
        },
      },
      work: {
        create: {
          role: 'Parent aide',
          employer: 'Family Center',
          paid: true,
          kind: 'INFANT_FAMILY_FIELD',
          startDate: day('2021-01-04'),
          hoursPerWeek: 40,
          servesInfantsFamilies: true,
        },
      },
      trainings: {
        create: [
          {
            title: 'Infant development',
            provider: 'MI-AIMH',
            date: day('2025-03-01'),
            hours: 20,
            competencyDomains: [],
            topics: [],
          },
          {
            title: 'Relationship-based practice',
            provider: 'MI-AIMH',
            date: day('2025-09-01'),
            hours: 10,
            competencyDomains: [],
            topics: [],
          },
        ],
      },
      memberships: {
        create: { associationName: 'MI-AIMH', startsOn: day('2026-01-01'), endsOn: day('2026-12-31') },
      },
    },
  });
}

export const rater = (role = 'COLLEAGUE') => ({
  raterName: `Rater ${uid()}`,
  raterEmail: `rater-${uid()}@example.org`,
  raterRole: role,
  knownSince: '2023-01-10',
});

/** The token in the newest email to this address, as the rater would click it. */
export async function linkTokenFor(prisma: PrismaClient, email: string): Promise<string> {
  const mail = await prisma.outboxMessage.findFirstOrThrow({
    where: { toAddress: email },
    orderBy: { createdAt: 'desc' },
  });
  const match = /\/reference\/([\w-]+)/.exec(mail.textBody);
  if (!match?.[1]) throw new Error(`no reference link in ${mail.textBody}`);
  return match[1];
}

/** Rates every competency on the form 4, as a rater would. */
export async function rateAll(client: GraphqlClient, token: string, extra: { comments?: string } = {}) {
  const form = await client.gql(OPEN_FORM, { token });
  const domains = form.data?.openReferenceForm?.data?.domains ?? [];
  const ratings = domains.flatMap((d: { competencies: { id: string }[] }) =>
    d.competencies.map((c) => ({ competencyId: c.id, rating: 4 })),
  );
  return client.gql(SUBMIT_RATING, {
    token,
    input: { knownSince: '2023-01-10', ratings, comments: extra.comments ?? null },
  });
}

/** A started IFA application with three references received and both agreements accepted. */
export async function readyIfaApplication(server: TestServer, raterClient: GraphqlClient) {
  const people = await applicantWithCoordinator(server);
  await fillIfaPortfolio(server.prisma, people.profile.id);
  const started = await people.client.gql(START, { input: { level: 'IFA' } });
  const app = started.data?.startApplication?.data;
  for (let i = 0; i < 3; i++) {
    const input = rater();
    await people.client.gql(REQUEST_REFERENCE, { applicationId: app.id, input });
    await rateAll(raterClient, await linkTokenFor(server.prisma, input.raterEmail));
  }
  for (const document of ['CODE_OF_ETHICS', 'ENDORSEMENT_AGREEMENT']) {
    await people.client.gql(ACCEPT, { applicationId: app.id, document, version: '2024-1' });
  }
  return { ...people, applicationId: app.id as string };
}
