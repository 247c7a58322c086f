import { InputValidationError } from '@pothos/plugin-validation';
import { appendAudit } from '../audit/audit-log.ts';
import { builder } from '../builder.ts';
import { associationsWhere, type Context } from '../context.ts';
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import { RoleEnum, UserRef, usersVisibleTo } from './users.ts';

const SetUserRolesInput = builder.inputType('SetUserRolesInput', {
  fields: (t) => ({
    userId: t.globalID({ required: true, for: UserRef }),
    roles: t.field({ type: [RoleEnum], required: true }),
    chapterId: t.id({
      required: false,
      description: 'Required with CHAPTER_ANALYST: the chapter they may see.',
    }),
  }),
});

const UserIdInput = builder.inputType('UserIdInput', {
  fields: (t) => ({ userId: t.globalID({ required: true, for: UserRef }) }),
});

const errors = { types: [InputValidationError, NotFoundError, ForbiddenError, UnauthenticatedError] };

/** The target user and the one association (run by this coordinator) in which the change applies. */
async function findManagedUser(ctx: Context, userId: string) {
  const associationIds = associationsWhere(ctx, 'COORDINATOR');
  const user = await ctx.prisma.user.findFirst({
    where: { AND: [{ id: userId }, usersVisibleTo(associationIds)] },
    include: { roles: true, profile: { select: { associationId: true } } },
  });
  if (!user) throw new NotFoundError('No such user in your association.');
  const associationId =
    user.profile && associationIds.includes(user.profile.associationId)
      ? user.profile.associationId
      : (user.roles.find((r) => associationIds.includes(r.associationId))?.associationId as string);
  return { user, associationId };
}

builder.mutationFields((t) => ({
  setUserRoles: t.field({
    type: UserRef,
    description: "Replaces a person's roles within the coordinator's association.",
    authScopes: { coordinator: true },
    errors,
    args: { input: t.arg({ type: SetUserRolesInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { user, associationId } = await findManagedUser(ctx, input.userId.id);
      const roles = [...new Set(input.roles)];
      const chapterId = input.chapterId ? String(input.chapterId) : null;
      if (user.id === ctx.viewer?.userId && !roles.includes('COORDINATOR')) {
        throw new FieldValidationError([
          { path: 'roles', message: 'You cannot remove your own coordinator role; ask another coordinator.' },
        ]);
      }
      if (roles.includes('CHAPTER_ANALYST')) {
        const chapter = chapterId
          ? await ctx.prisma.chapter.findFirst({ where: { id: chapterId, associationId } })
          : null;
        if (!chapter) {
          throw new FieldValidationError([
            { path: 'chapterId', message: 'Choose the chapter this analyst may see.' },
          ]);
        }
      }
      const before = user.roles
        .filter((r) => r.associationId === associationId)
        .map((r) => r.role)
        .sort();
      const now = ctx.now();
      await ctx.prisma.$transaction(async (tx) => {
        await tx.userRole.deleteMany({ where: { userId: user.id, associationId } });
        await tx.userRole.createMany({
          data: roles.map((role) => ({
            userId: user.id,
            associationId,
            role,
            chapterId: role === 'CHAPTER_ANALYST' ? chapterId : null,
          })),
        });
        await appendAudit(tx, {
          actorId: ctx.viewer?.userId ?? null,
          action: 'user.roles_changed',
          entityType: 'User',
          entityId: user.id,
          before: { roles: before },
          after: { roles: [...roles].sort(), chapterId },
          ip: ctx.ip,
          at: now,
        });
      });
      return ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    },
  }),
  deactivateUser: t.field({
    type: UserRef,
    description: 'Blocks sign-in and ends every session of the account.',
    authScopes: { coordinator: true },
    errors,
    args: { input: t.arg({ type: UserIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => setActive(ctx, input.userId.id, false),
  }),
  reactivateUser: t.field({
    type: UserRef,
    authScopes: { coordinator: true },
    errors,
    args: { input: t.arg({ type: UserIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => setActive(ctx, input.userId.id, true),
  }),
}));

async function setActive(ctx: Context, userId: string, active: boolean) {
  const { user } = await findManagedUser(ctx, userId);
  if (!active && user.id === ctx.viewer?.userId) {
    throw new FieldValidationError([{ path: 'userId', message: 'You cannot deactivate your own account.' }]);
  }
  const now = ctx.now();
  return ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { active } });
    if (!active) await tx.session.deleteMany({ where: { userId: user.id } });
    await appendAudit(tx, {
      actorId: ctx.viewer?.userId ?? null,
      action: active ? 'user.reactivated' : 'user.deactivated',
      entityType: 'User',
      entityId: user.id,
      before: { active: user.active },
      after: { active },
      ip: ctx.ip,
      at: now,
    });
    return updated;
  });
}
