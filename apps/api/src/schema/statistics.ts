import { z } from 'zod';
import { builder } from '../builder.ts';
import { RateLimitedError } from '../chapter-tokens/calls.ts';
import { type ChapterStatistics, chapterStatistics } from '../statistics/service.ts';
import type { Released } from '../statistics/suppression.ts';
import { ApplicationStatusEnum } from './applications.ts';
import { ErrorInterface } from './error-types.ts';
import { LevelCodeEnum, MentorTrackEnum } from './evaluation.ts';

builder.objectType(RateLimitedError, { name: 'RateLimitedError', interfaces: [ErrorInterface] });

const CellRef = builder.objectRef<Released>('StatCell').implement({
  description:
    'A released number: `value`, or null with `suppressed` true when it counts (or would reveal) ' +
    'fewer people than the association’s threshold. A null value that is not suppressed means "no data".',
  fields: (t) => ({
    value: t.float({ nullable: true, resolve: (c) => c.value }),
    suppressed: t.exposeBoolean('suppressed'),
  }),
});

type Stats = ChapterStatistics;

const LevelCountRef = builder.objectRef<Stats['activeEndorsements'][number]>('LevelStatCount').implement({
  description: 'A count for a level (and Mentor track); level null is the total over every level.',
  fields: (t) => ({
    level: t.field({ type: LevelCodeEnum, nullable: true, resolve: (r) => r.level as never }),
    track: t.field({ type: MentorTrackEnum, nullable: true, resolve: (r) => r.track as never }),
    count: t.field({ type: CellRef, resolve: (r) => r.count }),
  }),
});

const StatusCountRef = builder
  .objectRef<Stats['applicationsByStatus']['rows'][number]>('StatusStatCount')
  .implement({
    fields: (t) => ({
      status: t.field({ type: ApplicationStatusEnum, resolve: (r) => r.status }),
      count: t.field({ type: CellRef, resolve: (r) => r.count }),
    }),
  });

const ApplicationsByStatusRef = builder
  .objectRef<Stats['applicationsByStatus']>('ApplicationsByStatus')
  .implement({
    fields: (t) => ({
      rows: t.field({ type: [StatusCountRef], resolve: (a) => a.rows }),
      total: t.field({ type: CellRef, resolve: (a) => a.total }),
    }),
  });

const MonthRef = builder.objectRef<Stats['monthly'][number]>('MonthActivity').implement({
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM' }),
    submissions: t.field({ type: CellRef, description: 'First submissions.', resolve: (m) => m.submissions }),
    decisions: t.field({ type: CellRef, description: 'Endorsed or denied.', resolve: (m) => m.decisions }),
  }),
});

const DaysRef = builder.objectRef<Stats['daysToDecision'][number]>('QuarterDaysToDecision').implement({
  description: 'Days from first submission to the final decision, for decisions made in the quarter.',
  fields: (t) => ({
    quarter: t.exposeString('quarter', { description: 'YYYY-Qn' }),
    median: t.field({ type: CellRef, resolve: (d) => d.median }),
    p90: t.field({ type: CellRef, resolve: (d) => d.p90 }),
  }),
});

const RenewalYearRef = builder.objectRef<Stats['renewals'][number]>('RenewalYearStats').implement({
  description:
    'Renewals of a renewal year: on time, late (grace or extension) and lapsed, with their shares.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    onTime: t.field({ type: CellRef, resolve: (r) => r.onTime }),
    late: t.field({ type: CellRef, resolve: (r) => r.late }),
    lapsed: t.field({ type: CellRef, resolve: (r) => r.lapsed }),
    total: t.field({ type: CellRef, resolve: (r) => r.total }),
    onTimeRate: t.field({ type: CellRef, resolve: (r) => r.onTimeRate }),
    lateRate: t.field({ type: CellRef, resolve: (r) => r.lateRate }),
    lapsedRate: t.field({ type: CellRef, resolve: (r) => r.lapsedRate }),
  }),
});

const HoursRef = builder.objectRef<Stats['hours'][number]>('QuarterHours').implement({
  description: 'Hours logged in the quarter by members (training by its date, RSC by its start).',
  fields: (t) => ({
    quarter: t.exposeString('quarter'),
    training: t.field({ type: CellRef, resolve: (h) => h.training }),
    rsc: t.field({ type: CellRef, resolve: (h) => h.rsc }),
  }),
});

const StatisticsRef = builder.objectRef<Stats>('ChapterStatistics').implement({
  description:
    'Aggregate statistics about the members of a chapter (or of a whole association, for its coordinators). ' +
    'Never a person: small counts are suppressed, and every number is a cell of a fixed table (months, ' +
    'quarters, years, levels, statuses), so differently filtered answers cannot be subtracted to reveal one.',
  fields: (t) => ({
    associationId: t.exposeID('associationId'),
    associationName: t.exposeString('associationName'),
    chapterId: t.exposeID('chapterId', { nullable: true }),
    chapterName: t.exposeString('chapterName', { nullable: true }),
    threshold: t.exposeInt('threshold', { description: 'Counts from 1 to threshold - 1 are suppressed.' }),
    asOf: t.exposeString('asOf', {
      description:
        'The association’s day when the figures were counted: "today" for active, expiring, by status.',
    }),
    computedAt: t.expose('computedAt', {
      type: 'DateTime',
      description: 'When the figures were counted; they are counted again every 15 minutes or so.',
    }),
    fromMonth: t.exposeString('fromMonth', { description: 'The range, widened to whole months.' }),
    toMonth: t.exposeString('toMonth'),
    level: t.field({ type: LevelCodeEnum, nullable: true, resolve: (s) => s.level }),
    activeEndorsements: t.field({ type: [LevelCountRef], resolve: (s) => s.activeEndorsements }),
    applicationsByStatus: t.field({ type: ApplicationsByStatusRef, resolve: (s) => s.applicationsByStatus }),
    monthly: t.field({ type: [MonthRef], resolve: (s) => s.monthly }),
    daysToDecision: t.field({ type: [DaysRef], resolve: (s) => s.daysToDecision }),
    renewals: t.field({ type: [RenewalYearRef], resolve: (s) => s.renewals }),
    expiringSoon: t.field({
      type: [LevelCountRef],
      description: 'Active endorsements due for renewal in the next 90 days.',
      resolve: (s) => s.expiringSoon,
    }),
    hours: t.field({ type: [HoursRef], resolve: (s) => s.hours }),
  }),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.');

builder.queryField('chapterStatistics', (t) =>
  t.field({
    type: StatisticsRef,
    description:
      "A chapter's statistics: a chapter analyst or a chapter's API token gets their chapter's; a coordinator " +
      'the association (or any of its chapters). Dates are widened to whole months; the level filter selects ' +
      'cells and does not apply to hours.',
    // Who sees which chapter is decided in the service (analyst, coordinator, token).
    authScopes: { signedIn: true, chapterToken: true },
    args: {
      associationId: t.arg.id({ required: false }),
      chapterId: t.arg.id({ required: false }),
      from: t.arg({ type: 'Date', required: false, validate: isoDay }),
      to: t.arg({ type: 'Date', required: false, validate: isoDay }),
      level: t.arg({ type: LevelCodeEnum, required: false }),
    },
    resolve: (_root, args, ctx) =>
      chapterStatistics(ctx, {
        associationId: args.associationId == null ? null : String(args.associationId),
        chapterId: args.chapterId == null ? null : String(args.chapterId),
        from: args.from,
        to: args.to,
        level: args.level,
      }),
  }),
);
