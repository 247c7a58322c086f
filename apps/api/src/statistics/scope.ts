import { Prisma } from '@imh/db';

/** Whose members a statistics answer counts: a whole association, or one of its chapters. */
/** timeZone: the association's, whose calendar months count (UTC when not given). */
export type StatisticsScope = { associationId: string; chapterId: string | null; timeZone?: string };

/** The SQL condition on the member's profile (alias `p`) for a scope. */
export const memberOf = (scope: StatisticsScope): Prisma.Sql =>
  scope.chapterId
    ? Prisma.sql`p."associationId" = ${scope.associationId} AND p."chapterId" = ${scope.chapterId}`
    : Prisma.sql`p."associationId" = ${scope.associationId}`;
