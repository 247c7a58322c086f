import type { PrismaClient } from '@imh/db';
import { createAssociation, createUser } from './factories.ts';
import { signedInClient } from './sign-in.ts';

/** The test clock starts on 2026-11-23; every "valid" input below is valid on that day. */
export const TODAY = '2026-11-23';

export const SECTIONS = {
  education: {
    name: 'EducationEntry',
    model: 'educationEntry',
    fields: 'id degreeLevel field institution completedOn document { id }',
    valid: {
      degreeLevel: 'BACHELOR',
      field: 'Child Development',
      institution: 'Wayne State',
      completedOn: '2019-05-15',
    },
  },
  work: {
    name: 'WorkEntry',
    model: 'workEntry',
    fields:
      'id role employer paid kind startDate endDate hoursPerWeek servesInfantsFamilies familiesServed supervised description document { id }',
    valid: {
      role: 'Home visitor',
      employer: 'Early Head Start',
      paid: true,
      kind: 'PREVENTION_EARLY_INTERVENTION',
      startDate: '2020-08-01',
      endDate: '2024-07-31',
      hoursPerWeek: 40,
      familiesServed: 14,
    },
  },
  trainings: {
    name: 'TrainingEntry',
    model: 'trainingEntry',
    fields: 'id title provider date hours competencyDomains topics document { id }',
    valid: {
      title: 'Foundations of Infant Mental Health',
      provider: 'MI-AIMH',
      date: '2023-03-10',
      hours: 12.5,
      competencyDomains: ['theoretical_foundations'],
      topics: ['DEI'],
    },
  },
  rsc: {
    name: 'RscEntry',
    model: 'rscEntry',
    fields:
      'id startDate endDate hours format providerName providerEmail providerLevel providerTrack providerDegree peer aboutApplicantsOwnRsc document { id }',
    valid: {
      startDate: '2024-09-01',
      endDate: '2025-08-31',
      hours: 18,
      format: 'GROUP',
      providerName: 'Ruth Bakker',
      providerEmail: 'Ruth@Example.org',
      providerLevel: 'IMHM',
      providerTrack: 'CLINICAL',
      providerDegree: 'MASTER',
    },
  },
  leadership: {
    name: 'LeadershipEntry',
    model: 'leadershipEntry',
    fields: 'id description scope startDate endDate',
    valid: { description: 'Chapter board member', scope: 'REGIONAL', startDate: '2022-01-01' },
  },
  memberships: {
    name: 'MembershipEntry',
    model: 'membershipEntry',
    fields: 'id associationName memberNumber startsOn endsOn',
    valid: {
      associationName: 'MI-AIMH',
      memberNumber: 'MI-20418',
      startsOn: '2026-07-01',
      endsOn: '2027-06-30',
    },
  },
} as const;
export type SectionKey = keyof typeof SECTIONS;
export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];

const outcome = (success: string, data: string) => `
  __typename
  ... on ${success} { data ${data} }
  ... on Error { message }
  ... on ValidationError { fieldErrors { path message } }`;

export const createOp = (key: SectionKey) => {
  const { name, fields } = SECTIONS[key];
  return `mutation Create($input: ${name}Input!) {
    result: create${name}(input: $input) { ${outcome(`MutationCreate${name}Success`, `{ ${fields} }`)} }
  }`;
};
export const updateOp = (key: SectionKey) => {
  const { name, fields } = SECTIONS[key];
  return `mutation Update($id: ID!, $input: ${name}Input!) {
    result: update${name}(id: $id, input: $input) { ${outcome(`MutationUpdate${name}Success`, `{ ${fields} }`)} }
  }`;
};
export const deleteOp = (key: SectionKey) => {
  const { name } = SECTIONS[key];
  return `mutation Delete($id: ID!) {
    result: delete${name}(id: $id) { ${outcome(`MutationDelete${name}Success`, '')} }
  }`;
};

/** The rows of one section that belong to a profile: tests share a database, so counts are scoped. */
export function countRows(prisma: PrismaClient, key: SectionKey, profileId: string): Promise<number> {
  const delegate = prisma[SECTIONS[key].model] as unknown as {
    count(args: { where: { profileId: string } }): Promise<number>;
  };
  return delegate.count({ where: { profileId } });
}

/** A new association with one signed-in applicant in it. */
export async function newApplicant(baseUrl: string, prisma: PrismaClient) {
  const association = await createAssociation(prisma);
  return applicantIn(baseUrl, prisma, association.id);
}

export async function applicantIn(baseUrl: string, prisma: PrismaClient, associationId: string) {
  const user = await createUser(prisma, { associationId });
  const profile = await prisma.applicantProfile.findUniqueOrThrow({ where: { userId: user.id } });
  return { associationId, user, profile, client: await signedInClient(baseUrl, user.email) };
}
