import type { LevelCode, MentorTrack, Prisma, PrismaClient } from '@imh/db';
import { fromIsoDay } from '../../src/calendar-day.ts';
import { syncDates } from '../../src/renewals/endorsement.ts';
import { createAssociation, createUser } from './factories.ts';
import type { GraphqlClient } from './graphql-client.ts';
import { signedInClient } from './sign-in.ts';
import type { TestServer } from './test-server.ts';

const result = (call: string, fields: string, extra = '') => {
  const name = call.slice(0, call.indexOf('('));
  return `
  ${call} {
    __typename
    ... on Mutation${name[0]?.toUpperCase()}${name.slice(1)}Success { data { ${fields} } }
    ${extra}
    ... on ValidationError { message fieldErrors { path message } }
    ... on Error { message }
  }`;
};

const RENEWAL_FIELDS = 'id year kind status late message submittedAt evaluation { met }';
const ENDORSEMENT_FIELDS = 'id status expiresOn graceEndsOn reinstatedOn lapsedOn';

export const LOG_TRAINING = `mutation($id: ID!, $input: TrainingEntryInput!) {
  ${result('logRenewalTraining(endorsementId: $id, input: $input)', 'id date hours')}
}`;
export const LOG_RSC = `mutation($id: ID!, $input: RscEntryInput!) {
  ${result('logRenewalRsc(endorsementId: $id, input: $input)', 'id hours')}
}`;
export const SIGN = `mutation($id: ID!, $input: RenewalSignatureInput!) {
  ${result('signRenewalAgreements(endorsementId: $id, input: $input)', RENEWAL_FIELDS)}
}`;
export const SUBMIT_RENEWAL = `mutation($id: ID!) {
  ${result('submitRenewal(endorsementId: $id)', RENEWAL_FIELDS, '... on UnmetRequirementsError { unmet { id } }')}
}`;
export const REQUEST_REINSTATEMENT = `mutation($id: ID!) {
  ${result('requestReinstatement(endorsementId: $id)', RENEWAL_FIELDS, '... on UnmetRequirementsError { unmet { id } }')}
}`;
export const APPROVE = `mutation($id: ID!, $confirmed: Boolean) {
  ${result('approveRenewal(renewalId: $id, conditionsConfirmed: $confirmed)', ENDORSEMENT_FIELDS)}
}`;
export const RETURN = `mutation($id: ID!, $message: String!) {
  ${result('returnRenewal(renewalId: $id, message: $message)', ENDORSEMENT_FIELDS)}
}`;
export const EXTEND = `mutation($id: ID!, $input: RenewalExtensionInput!) {
  ${result('grantRenewalExtension(endorsementId: $id, input: $input)', ENDORSEMENT_FIELDS)}
}`;
export const UPDATE_POLICY = `mutation($id: ID!, $input: RenewalPolicyInput!) {
  ${result('updateRenewalPolicy(associationId: $id, input: $input)', 'id renewalPolicy { graceDays reminderDays }')}
}`;
export const MY_ENDORSEMENTS = `query { myEndorsements { ${ENDORSEMENT_FIELDS}
  standing { status year dueOn graceEndsOn canReinstate reinstateUntil renewal { ${RENEWAL_FIELDS} } }
  renewalEvaluation { year met requirements { id status progress { have need } } } } }`;

export const SIGNATURE = {
  codeOfEthicsVersion: '2024-1',
  agreementVersion: '2024-1',
  attestNoSanction: true,
};

export const training = (date: string, hours: number, topics: string[] = []) => ({
  title: 'Relationship-based practice',
  provider: 'MI-AIMH',
  date,
  hours,
  competencyDomains: [],
  topics,
});

// biome-ignore lint/suspicious/noExplicitAny: tests assert on response shapes rather than type them
type MutationResult = { __typename: string; data?: any; message?: string; [k: string]: any };

/** Calls a mutation and returns its union result (the typename and its fields). */
export async function call(client: GraphqlClient, query: string, variables: Record<string, unknown>) {
  const res = await client.gql(query, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data ?? {})[0] as MutationResult;
}

/**
 * An endorsee with an active endorsement granted on `startsOn`, renewed (approved) for the given
 * years, in a fresh association with a coordinator; membership in force from 2020 to 2030.
 */
export async function endorsee(
  server: TestServer,
  opts: {
    level?: LevelCode;
    track?: MentorTrack;
    startsOn: string;
    renewedYears?: number[];
    settings?: Prisma.InputJsonObject;
  },
) {
  const association = await createAssociation(server.prisma);
  if (opts.settings)
    await server.prisma.association.update({
      where: { id: association.id },
      data: { settings: opts.settings },
    });
  const user = await createUser(server.prisma, { associationId: association.id, name: 'Erin Endorsee' });
  const coordinatorUser = await createUser(server.prisma, {
    associationId: association.id,
    roles: ['COORDINATOR'],
    name: 'Cora Coordinator',
  });
  const profile = await server.prisma.applicantProfile.update({
    where: { userId: user.id },
    data: {
      memberships: {
        create: {
          associationName: 'IMH',
          startsOn: fromIsoDay('2020-01-01'),
          endsOn: fromIsoDay('2030-12-31'),
        },
      },
    },
  });
  const created = await server.prisma.endorsement.create({
    data: {
      number: `T-${opts.level ?? 'IFA'}-${Math.random().toString(36).slice(2, 8)}`,
      profileId: profile.id,
      level: opts.level ?? 'IFA',
      track: opts.track ?? null,
      startsOn: fromIsoDay(opts.startsOn),
      expiresOn: fromIsoDay(opts.startsOn),
      graceEndsOn: fromIsoDay(opts.startsOn),
      renewals: {
        create: (opts.renewedYears ?? []).map((year) => ({
          year,
          status: 'APPROVED' as const,
          submittedAt: fromIsoDay(`${year}-11-15`),
          decidedAt: fromIsoDay(`${year}-11-20`),
        })),
      },
    },
  });
  const endorsement = await server.prisma.$transaction((tx) => syncDates(tx, created.id, server.clock.now()));
  return {
    association,
    user,
    coordinatorUser,
    profile,
    endorsement,
    client: await signedInClient(server.url, user.email),
    coordinator: await signedInClient(server.url, coordinatorUser.email),
  };
}

/** Moves the test clock to a day (09:00 UTC). */
export function setDay(server: TestServer, iso: string) {
  server.clock.advance(new Date(`${iso}T09:00:00Z`).getTime() - server.clock.now().getTime());
}

export const renewalCount = (prisma: PrismaClient, endorsementId: string) =>
  prisma.renewal.count({ where: { endorsementId } });
