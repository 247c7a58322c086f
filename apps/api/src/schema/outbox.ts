import { builder } from '../builder.ts';
import { ForbiddenError } from '../errors.ts';

builder.prismaNode('OutboxMessage', {
  id: { field: 'id' },
  fields: (t) => ({
    toAddress: t.exposeString('toAddress'),
    subject: t.exposeString('subject'),
    textBody: t.exposeString('textBody'),
    status: t.exposeString('status'),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('outboxMessages', (t) =>
  t.prismaConnection({
    type: 'OutboxMessage',
    cursor: 'id',
    description:
      'Emails the system has written, newest first. Only with the local mail transport (development and ' +
      'demo): messages hold single-use links, which a coordinator must never read on a real deployment.',
    authScopes: { coordinator: true },
    resolve: (query, _root, _args, ctx) => {
      if (ctx.mailTransport.kind === 'smtp') {
        throw new ForbiddenError('The outbox can be read only when the local mail transport is in use.');
      }
      return ctx.prisma.outboxMessage.findMany({ ...query, orderBy: { id: 'desc' } });
    },
  }),
);
