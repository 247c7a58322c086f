import { builder } from '../builder.ts';

builder.prismaNode('Notification', {
  id: { field: 'id' },
  fields: (t) => ({
    kind: t.exposeString('kind'),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    link: t.exposeString('link', { nullable: true }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  myNotifications: t.prismaConnection({
    type: 'Notification',
    cursor: 'id',
    description: "The signed-in person's notifications, newest first.",
    authScopes: { signedIn: true },
    totalCount: (_parent, _args, ctx) =>
      ctx.prisma.notification.count({ where: { userId: ctx.viewer?.userId ?? '' } }),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.notification.findMany({
        ...query,
        where: { userId: ctx.viewer?.userId ?? '' },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
  unreadNotificationCount: t.int({
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      ctx.prisma.notification.count({ where: { userId: ctx.viewer?.userId ?? '', readAt: null } }),
  }),
}));

builder.mutationField('markNotificationsRead', (t) =>
  t.int({
    description: 'Marks the given notifications (or all, without ids) read; returns how many changed.',
    authScopes: { signedIn: true },
    args: { ids: t.arg.idList() },
    resolve: async (_root, args, ctx) => {
      const { count } = await ctx.prisma.notification.updateMany({
        where: {
          userId: ctx.viewer?.userId ?? '',
          readAt: null,
          ...(args.ids ? { id: { in: args.ids.map(String) } } : {}),
        },
        data: { readAt: ctx.now() },
      });
      return count;
    },
  }),
);
