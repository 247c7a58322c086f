import { randomBytes } from 'node:crypto';
import { DEFAULT_EDITION } from '@imh/competencies';
import type { PrismaClient, Role } from '@imh/db';
import { hashPassword } from '../../src/auth/passwords.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
const uid = () => randomBytes(5).toString('hex');

/** Each test makes its own association (tenant), so tests share a database without clean-up. */
export async function createAssociation(prisma: PrismaClient, chapters = ['North', 'South']) {
  const code = `T-${uid()}`;
  return prisma.association.create({
    data: {
      code,
      name: `Test association ${code}`,
      ruleEdition: DEFAULT_EDITION.id,
      chapters: { create: chapters.map((name) => ({ name })) },
    },
    include: { chapters: { orderBy: { name: 'asc' } } },
  });
}

export async function createUser(
  prisma: PrismaClient,
  opts: {
    associationId: string;
    roles?: Role[];
    name?: string;
    email?: string;
    chapterId?: string;
    active?: boolean;
  },
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const roles = opts.roles ?? ['APPLICANT'];
  return prisma.user.create({
    data: {
      // Stored as the app stores it: trimmed and lower-cased.
      email: (opts.email ?? `person-${uid()}@example.org`).trim().toLowerCase(),
      name: opts.name ?? 'Test Person',
      active: opts.active ?? true,
      passwordHash: await passwordHash,
      roles: {
        create: roles.map((role) => ({
          role,
          associationId: opts.associationId,
          chapterId: role === 'CHAPTER_ANALYST' ? (opts.chapterId ?? null) : null,
        })),
      },
      profile: roles.includes('APPLICANT')
        ? { create: { associationId: opts.associationId, chapterId: opts.chapterId ?? null } }
        : undefined,
    },
  });
}
