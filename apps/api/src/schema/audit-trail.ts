import { encodeGlobalID } from '@pothos/plugin-relay';
import { auditChainStatus } from '../audit/chain-status.ts';
import { type AuditRow, auditCount, auditPage } from '../audit/trail.ts';
import { builder } from '../builder.ts';
import { associationsWhere } from '../context.ts';
import { FieldValidationError } from '../errors.ts';
import { UserRef } from './users.ts';

const AuditEntryRef = builder.objectRef<AuditRow>('AuditEntry').implement({
  description: 'One entry of the append-only audit log: who did what to which entity, when.',
  fields: (t) => ({
    // BigInt in the database: exposed as its decimal string.
    id: t.id({ resolve: (e) => e.id.toString() }),
    at: t.expose('at', { type: 'DateTime' }),
    actorId: t.id({
      nullable: true,
      description: "The actor's User id (global id); null for the system or an unknown person.",
      resolve: (e) => (e.actorId ? encodeGlobalID('User', e.actorId) : null),
    }),
    actorName: t.exposeString('actorName', { nullable: true }),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { nullable: true, description: 'The database id of the entity.' }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (e) => e.before }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (e) => e.after }),
    ip: t.exposeString('ip', { nullable: true }),
    hash: t.exposeString('hash'),
    prevHash: t.exposeString('prevHash'),
  }),
});

const AuditFilterInput = builder.inputType('AuditEntryFilter', {
  fields: (t) => ({
    action: t.string({ required: false, description: 'Exact action, e.g. user.roles_changed.' }),
    entityType: t.string({ required: false, description: 'Application, User, ReviewAssignment, Review…' }),
    entityId: t.string({ required: false }),
    actorId: t.globalID({ required: false, for: UserRef }),
    from: t.field({ type: 'DateTime', required: false }),
    to: t.field({ type: 'DateTime', required: false }),
  }),
});

const ChainStatusRef = builder
  .objectRef<Awaited<ReturnType<typeof auditChainStatus>>>('AuditChainStatus')
  .implement({
    description: 'The result of re-computing every hash of the audit log.',
    fields: (t) => ({
      ok: t.exposeBoolean('ok'),
      firstBrokenId: t.id({ nullable: true, resolve: (s) => s.firstBrokenId?.toString() ?? null }),
      checkedEntries: t.exposeInt('checkedEntries'),
    }),
  });

const parseCursor = (cursor: string | null | undefined): bigint | undefined => {
  if (cursor == null) return undefined;
  if (!/^\d+$/.test(cursor)) throw new FieldValidationError([{ path: 'after', message: 'Invalid cursor.' }]);
  return BigInt(cursor);
};

builder.queryFields((t) => ({
  auditEntries: t.connection(
    {
      type: AuditEntryRef,
      description:
        "The audit log about the coordinator's associations (their applications, people, assignments, " +
        'reviews and references), newest first. Pages forward only (first/after).',
      authScopes: { coordinator: true },
      args: { filter: t.arg({ type: AuditFilterInput, required: false }) },
      resolve: async (_root, args, ctx) => {
        const associationIds = associationsWhere(ctx, 'COORDINATOR');
        const filter = { ...args.filter, actorId: args.filter?.actorId?.id ?? null };
        const take = Math.min(Math.max(args.first ?? 50, 1), 200);
        const rows = await auditPage(ctx.prisma, associationIds, filter, {
          take: take + 1,
          before: parseCursor(args.after),
        });
        const page = rows.slice(0, take);
        return {
          totalCount: await auditCount(ctx.prisma, associationIds, filter),
          edges: page.map((node) => ({ cursor: node.id.toString(), node })),
          pageInfo: {
            hasNextPage: rows.length > take,
            hasPreviousPage: args.after != null,
            startCursor: page[0]?.id.toString() ?? null,
            endCursor: page.at(-1)?.id.toString() ?? null,
          },
        };
      },
    },
    {
      name: 'AuditEntryConnection',
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => conn.totalCount }) }),
    },
  ),
  auditChainStatus: t.field({
    type: ChainStatusRef,
    description: 'Verifies the whole hash chain of the audit log (all associations: it is one chain).',
    authScopes: { coordinator: true },
    resolve: (_root, _args, ctx) => auditChainStatus(ctx.prisma),
  }),
}));
