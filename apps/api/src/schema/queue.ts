import { ApplicationStatus } from '@imh/db';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { rememberStaffRows } from '../applications/access.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { FieldValidationError } from '../errors.ts';
import {
  DEFAULT_QUEUE_ORDER,
  QUEUE_SORT_FIELDS,
  type QueueFilter,
  queueOrderBy,
  queueWhere,
} from '../queue/filter.ts';
import { ApplicationRef, ApplicationStatusEnum } from './applications.ts';
import { LevelCodeEnum, MentorTrackEnum } from './evaluation.ts';
import { UserRef } from './users.ts';
import '../queue/staff-fields.ts';

export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });
const QueueSortFieldEnum = builder.enumType('ApplicationQueueSortField', {
  values: QUEUE_SORT_FIELDS,
  description: 'WAITING sorts by days since the latest submission (DESC: longest waiting first).',
});

export const ApplicationQueueFilterInput = builder.inputType('ApplicationQueueFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [ApplicationStatusEnum], required: false }),
    level: t.field({ type: LevelCodeEnum, required: false }),
    track: t.field({ type: MentorTrackEnum, required: false }),
    chapterId: t.id({ required: false, description: "The applicant's chapter (Chapter.id)." }),
    submittedFrom: t.field({ type: 'Date', required: false, description: 'Latest submission on or after.' }),
    submittedTo: t.field({ type: 'Date', required: false, description: 'Latest submission on or before.' }),
    waitingMoreThanDays: t.int({ required: false }),
    reviewerId: t.globalID({
      required: false,
      for: UserRef,
      description: 'Only applications with an active assignment to this reviewer.',
    }),
  }),
});

const ApplicationQueueOrderInput = builder.inputType('ApplicationQueueOrder', {
  fields: (t) => ({
    field: t.field({ type: QueueSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: 'ASC' }),
  }),
});

type FilterArg = typeof ApplicationQueueFilterInput.$inferInput | null | undefined;

/** The GraphQL filter as the queue module reads it (also what the CSV export builds from a URL). */
export function toQueueFilter(filter: FilterArg): QueueFilter {
  // Checked here rather than by the validation plugin: a query's input error must reach the client
  // as a readable BAD_USER_INPUT, which the error formatter passes only for FieldValidationError.
  if (filter?.waitingMoreThanDays != null && filter.waitingMoreThanDays < 0) {
    throw new FieldValidationError([
      { path: 'filter.waitingMoreThanDays', message: 'Enter 0 or more days.' },
    ]);
  }
  return {
    ...filter,
    chapterId: filter?.chapterId == null ? null : String(filter.chapterId),
    reviewerId: filter?.reviewerId?.id ?? null,
  };
}

const StatusCountRef = builder
  .objectRef<{ status: typeof ApplicationStatusEnum.$inferType; count: number }>('ApplicationStatusCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: ApplicationStatusEnum, resolve: (c) => c.status }),
      count: t.exposeInt('count'),
    }),
  });

export async function queueCounts(ctx: Context, filter: QueueFilter) {
  const groups = await ctx.prisma.application.groupBy({
    by: ['status'],
    where: queueWhere(ctx, { ...filter, statuses: null }),
    _count: { _all: true },
  });
  return groups
    .map((g) => ({ status: g.status, count: g._count._all }))
    .sort((a, b) => ApplicationStatusOrder.indexOf(a.status) - ApplicationStatusOrder.indexOf(b.status));
}
// The declared order of the statuses is the order of the process.
const ApplicationStatusOrder: string[] = Object.values(ApplicationStatus);

const staffOnly = { coordinator: true, reviewer: true } as const;

builder.queryFields((t) => ({
  applicationQueue: t.connection(
    {
      type: ApplicationRef,
      description:
        'Submitted applications the viewer handles: a coordinator, every non-draft application of ' +
        "their associations; a reviewer, those assigned to them. Never the viewer's own.",
      authScopes: staffOnly,
      args: {
        filter: t.arg({ type: ApplicationQueueFilterInput, required: false }),
        orderBy: t.arg({ type: ApplicationQueueOrderInput, required: false }),
      },
      resolve: async (_root, args, ctx, info) => {
        const where = queueWhere(ctx, toQueueFilter(args.filter));
        const totalCount = await ctx.prisma.application.count({ where });
        const order = args.orderBy
          ? { field: args.orderBy.field, direction: args.orderBy.direction ?? 'ASC' }
          : DEFAULT_QUEUE_ORDER;
        return resolveOffsetConnection(
          { args, totalCount, defaultSize: 25, maxSize: 100 },
          async ({ offset, limit }) => {
            // The nodes' selection (applicant, assignments and their reviewers) loads with the page,
            // so no field loads anything per row.
            const rows = await ctx.prisma.application.findMany({
              ...queryFromInfo({ context: ctx, info, path: ['edges', 'node'] }),
              where,
              orderBy: queueOrderBy(order),
              skip: offset,
              take: limit,
            });
            rememberStaffRows(ctx, rows);
            return rows;
          },
        );
      },
    },
    {
      name: 'ApplicationQueueConnection',
      fields: (c) => ({ totalCount: c.int({ resolve: (conn) => conn.totalCount ?? 0 }) }),
    },
  ),
  queueCounts: t.field({
    type: [StatusCountRef],
    description: 'How many queue applications are in each status (statuses with none are left out).',
    authScopes: staffOnly,
    args: { filter: t.arg({ type: ApplicationQueueFilterInput, required: false }) },
    resolve: (_root, args, ctx) => queueCounts(ctx, toQueueFilter(args.filter)),
  }),
}));
