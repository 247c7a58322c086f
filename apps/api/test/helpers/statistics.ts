import { randomBytes } from 'node:crypto';
import type { LevelCode, PrismaClient } from '@imh/db';
import { createAssociation, createUser } from './factories.ts';
import { signedInClient } from './sign-in.ts';
import type { TestServer } from './test-server.ts';

const uid = () => randomBytes(6).toString('hex');

/** Members of a chapter without accounts worth signing in with: users and profiles, in bulk. */
export async function members(prisma: PrismaClient, associationId: string, chapterId: string, count: number) {
  const ids = Array.from({ length: count }, () => uid());
  await prisma.user.createMany({
    data: ids.map((id) => ({
      id: `u-${id}`,
      email: `m-${id}@example.org`,
      name: `Member ${id}`,
      passwordHash: 'x',
    })),
  });
  await prisma.applicantProfile.createMany({
    data: ids.map((id) => ({ id: `p-${id}`, userId: `u-${id}`, associationId, chapterId })),
  });
  return ids.map((id) => `p-${id}`);
}

/** Active endorsements for the given profiles, at one level, expiring on `expiresOn`. */
export async function endorse(
  prisma: PrismaClient,
  profileIds: string[],
  level: LevelCode,
  expiresOn = '2027-12-31',
) {
  await prisma.endorsement.createMany({
    data: profileIds.map((profileId) => ({
      number: `S-${uid()}`,
      profileId,
      level,
      track: level === 'IMHM' ? ('CLINICAL' as const) : null,
      startsOn: new Date('2024-01-10T00:00:00Z'),
      expiresOn: new Date(`${expiresOn}T00:00:00Z`),
      graceEndsOn: new Date(`${expiresOn}T00:00:00Z`),
    })),
  });
}

/** Applications first submitted on the given day (and decided on `decidedOn`, endorsed, when given). */
export async function submitted(
  prisma: PrismaClient,
  associationId: string,
  profileIds: string[],
  level: LevelCode,
  submittedOn: string,
  decidedOn?: string,
) {
  for (const profileId of profileIds) {
    const app = await prisma.application.create({
      data: {
        profileId,
        associationId,
        level,
        ruleEdition: 'vaimh-2010',
        status: decidedOn ? 'ENDORSED' : 'SUBMITTED',
        submittedAt: new Date(`${submittedOn}T12:00:00Z`),
        decidedAt: decidedOn ? new Date(`${decidedOn}T12:00:00Z`) : null,
      },
    });
    await prisma.applicationSubmission.create({
      data: {
        applicationId: app.id,
        round: 1,
        snapshot: {},
        evaluation: {},
        submittedById: profileId.replace(/^p-/, 'u-'),
        submittedAt: new Date(`${submittedOn}T12:00:00Z`),
      },
    });
  }
}

/** An association with two chapters, a coordinator and an analyst of the first chapter, signed in. */
export async function statisticsWorld(server: TestServer) {
  const association = await createAssociation(server.prisma);
  const [north, south] = association.chapters as unknown as [{ id: string }, { id: string }];
  const coordinatorUser = await createUser(server.prisma, {
    associationId: association.id,
    roles: ['COORDINATOR'],
  });
  const analystUser = await createUser(server.prisma, {
    associationId: association.id,
    roles: ['CHAPTER_ANALYST'],
    chapterId: north.id,
  });
  return {
    association,
    north,
    south,
    coordinator: await signedInClient(server.url, coordinatorUser.email),
    analyst: await signedInClient(server.url, analystUser.email),
  };
}

export const STATISTICS = `query($chapterId: ID, $associationId: ID, $from: Date, $to: Date, $level: LevelCode) {
  chapterStatistics(chapterId: $chapterId, associationId: $associationId, from: $from, to: $to, level: $level) {
    chapterId chapterName threshold fromMonth toMonth level
    activeEndorsements { level track count { value suppressed } }
    applicationsByStatus { rows { status count { value suppressed } } total { value suppressed } }
    monthly { month submissions { value suppressed } decisions { value suppressed } }
    daysToDecision { quarter median { value suppressed } p90 { value suppressed } }
    renewals { year onTime { value suppressed } late { value suppressed } lapsed { value suppressed } total { value suppressed } onTimeRate { value suppressed } }
    expiringSoon { level count { value suppressed } }
    hours { quarter training { value suppressed } rsc { value suppressed } }
  }
}`;

export type Cell = { value: number | null; suppressed: boolean };
