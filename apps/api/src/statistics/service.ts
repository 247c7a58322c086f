import type { LevelCode, Prisma } from '@imh/db';
import { editionById } from '../applications/judge.ts';
import { rateLimited } from '../chapter-tokens/calls.ts';
import type { Context } from '../context.ts';
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.ts';
import { localDay, renewalSettings } from '../renewals/settings.ts';
import { monthCount, toMonthRange } from './periods.ts';
import { releaseStatistics } from './release.ts';
import { ASSOCIATION_SCOPE, type StoredSnapshot, storedSnapshot } from './snapshot.ts';

type AssociationAndFigures = {
  id: string;
  name: string;
  ruleEdition: string;
  settings: Prisma.JsonValue;
  chapterName: string | null;
} & { [K in keyof StoredSnapshot]: StoredSnapshot[K] | null };

/** Counts below this are withheld unless the association sets its own threshold (issue 7: 11). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 11;
const MAX_MONTHS = 120;

export type StatisticsArgs = {
  associationId?: string | null;
  chapterId?: string | null;
  from?: string | null;
  to?: string | null;
  level?: LevelCode | null;
};

/**
 * Whose statistics the caller may read: a chapter token its chapter; a chapter analyst their
 * chapter; a coordinator their association, or one of its chapters. Nobody else.
 */
type Whose = { associationId: string; chapterId: string | null };

async function scopeFor(ctx: Context, args: StatisticsArgs): Promise<Whose> {
  if (ctx.apiToken === false)
    throw new UnauthenticatedError('This API token is not valid (unknown or revoked).');
  if (ctx.apiToken) {
    if (args.chapterId && args.chapterId !== ctx.apiToken.chapterId)
      throw new ForbiddenError("A chapter's token reads only that chapter's statistics.");
    if (ctx.apiTokenLimited) throw rateLimited();
    return { associationId: ctx.apiToken.associationId, chapterId: ctx.apiToken.chapterId };
  }
  const roles = ctx.viewer?.roles ?? [];
  if (!ctx.viewer) throw new UnauthenticatedError();
  const coordinated = roles.filter((r) => r.role === 'COORDINATOR').map((r) => r.associationId);
  if (args.chapterId) {
    const chapter = await ctx.prisma.chapter.findUnique({ where: { id: args.chapterId } });
    if (!chapter) throw new NotFoundError('No such chapter.');
    const analyst = roles.some((r) => r.role === 'CHAPTER_ANALYST' && r.chapterId === chapter.id);
    if (!analyst && !coordinated.includes(chapter.associationId)) throw new ForbiddenError();
    return { associationId: chapter.associationId, chapterId: chapter.id };
  }
  const associationId = args.associationId ?? (coordinated.length === 1 ? coordinated[0] : undefined);
  if (associationId && coordinated.includes(associationId)) return { associationId, chapterId: null };
  const own = roles.find((r) => r.role === 'CHAPTER_ANALYST' && r.chapterId);
  if (own?.chapterId && !args.associationId)
    return { associationId: own.associationId, chapterId: own.chapterId };
  throw new ForbiddenError('Only coordinators and chapter analysts can read statistics.');
}

function rangeOf(today: string, args: StatisticsArgs) {
  const to = args.to ?? today;
  const from = args.from ?? `${Number(today.slice(0, 4)) - 2}-${today.slice(5, 7)}-01`;
  if (from > to) throw new FieldValidationError([{ path: 'from', message: 'The start is after the end.' }]);
  const range = toMonthRange(from, to);
  if (monthCount(range) > MAX_MONTHS)
    throw new FieldValidationError([{ path: 'from', message: `Choose at most ${MAX_MONTHS / 12} years.` }]);
  return range;
}

/**
 * One statistics answer per request: each runs eight aggregate queries, and fifteen aliases of it
 * in one request would slip past a rate limit that counts requests.
 */
const answered = new WeakSet<Context>();

export async function chapterStatistics(ctx: Context, args: StatisticsArgs) {
  if (answered.has(ctx)) throw new ForbiddenError('Ask for the statistics once per request.');
  answered.add(ctx);
  const whose = await scopeFor(ctx, args);
  const scope = whose.chapterId ?? ASSOCIATION_SCOPE;
  // The association, the chapter's name and the stored figures in one statement (Prisma's nested
  // select would take three round trips on every dashboard read).
  const [association] = await ctx.prisma.$queryRaw<AssociationAndFigures[]>`
    SELECT a.id, a.name, a."ruleEdition", a.settings, c.name AS "chapterName",
           s."computedAt", s."asOf", s.data
    FROM "Association" a
    LEFT JOIN "Chapter" c ON c."associationId" = a.id AND c.id = ${whose.chapterId}
    LEFT JOIN "StatisticsSnapshot" s ON s."associationId" = a.id AND s.scope = ${scope}
    WHERE a.id = ${whose.associationId}`;
  if (!association) throw new NotFoundError('No such association.');
  const now = ctx.now();
  const stored = association.computedAt ? (association as StoredSnapshot) : undefined;
  const snapshot = await storedSnapshot(ctx.prisma, association.id, scope, now, stored);
  // The association's calendar: the range's months are its months, ending at its today.
  const { timeZone } = renewalSettings(association.settings, editionById(association.ruleEdition));
  const range = rangeOf(localDay(now, timeZone), args);
  const setting = (association.settings as Record<string, unknown> | null)?.suppressionThreshold;
  const threshold =
    typeof setting === 'number' && Number.isInteger(setting) && setting >= 2
      ? setting
      : DEFAULT_SUPPRESSION_THRESHOLD;
  const released = releaseStatistics(snapshot.raw, threshold, { range, level: args.level ?? null });
  return {
    associationId: association.id,
    associationName: association.name,
    chapterId: whose.chapterId,
    chapterName: association.chapterName,
    threshold,
    asOf: snapshot.asOf,
    computedAt: snapshot.computedAt,
    fromMonth: range.from,
    toMonth: range.to,
    level: args.level ?? null,
    ...released,
  };
}

export type ChapterStatistics = Awaited<ReturnType<typeof chapterStatistics>>;
