import { Prisma, type Role } from '@imh/db';
import { builder } from '../builder.ts';
import { associationsWhere } from '../context.ts';

export const RoleEnum = builder.enumType('Role', {
  values: ['APPLICANT', 'REVIEWER', 'COORDINATOR', 'CHAPTER_ANALYST'] as const,
});

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastSignInAt: t.expose('lastSignInAt', { type: 'DateTime', nullable: true }),
    roles: t.field({
      type: [RoleEnum],
      select: { roles: { select: { role: true } } },
      resolve: (user) => [...new Set(user.roles.map((r) => r.role))],
    }),
    chapter: t.prismaField({
      type: 'Chapter',
      nullable: true,
      description: 'For a chapter analyst: the chapter whose statistics they see.',
      select: (_args, _ctx, nested) => ({
        roles: { where: { role: 'CHAPTER_ANALYST' }, select: { chapter: nested() } },
      }),
      resolve: (_query, user) => user.roles.find((r) => r.chapter)?.chapter ?? null,
    }),
    profile: t.relation('profile', { nullable: true }),
  }),
});

/** The users a coordinator may see: anyone who belongs to, or holds a role in, an association they run. */
export function usersVisibleTo(associationIds: string[]): Prisma.UserWhereInput {
  return {
    OR: [
      { profile: { associationId: { in: associationIds } } },
      { roles: { some: { associationId: { in: associationIds } } } },
    ],
  };
}

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in person, or null when signed out.',
    authScopes: { public: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.userId } }) : null,
  }),
);

builder.queryField('users', (t) =>
  t.prismaConnection({
    type: 'User',
    cursor: 'email',
    description: "The people in the coordinator's associations, alphabetical by email.",
    authScopes: { coordinator: true },
    args: {
      search: t.arg.string({ required: false }),
      role: t.arg({ type: RoleEnum, required: false }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.user.count({ where: usersWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.user.findMany({ ...query, where: usersWhere(ctx, args), orderBy: { email: 'asc' } }),
  }),
);

function usersWhere(
  ctx: Parameters<typeof associationsWhere>[0],
  args: { search?: string | null; role?: Role | null },
): Prisma.UserWhereInput {
  const associationIds = associationsWhere(ctx, 'COORDINATOR');
  const search = args.search?.trim();
  return {
    AND: [
      usersVisibleTo(associationIds),
      search
        ? {
            OR: [
              { email: { contains: search, mode: Prisma.QueryMode.insensitive } },
              { name: { contains: search, mode: Prisma.QueryMode.insensitive } },
            ],
          }
        : {},
      args.role ? { roles: { some: { role: args.role, associationId: { in: associationIds } } } } : {},
    ],
  };
}
