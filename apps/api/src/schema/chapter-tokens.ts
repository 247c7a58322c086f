import { z } from 'zod';
import { builder } from '../builder.ts';
import { createChapterToken, revokeChapterToken } from '../chapter-tokens/manage.ts';
import type { Context } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { authErrors } from './error-types.ts';

const coordinated = (ctx: Context) =>
  ctx.viewer?.roles.filter((r) => r.role === 'COORDINATOR').map((r) => r.associationId) ?? [];

const TokenCallRef = builder.prismaObject('ApiTokenCall', {
  description:
    'One call made with a chapter token: when, which operation, and whether the rate limit refused it.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    operationName: t.exposeString('operationName', { nullable: true }),
    query: t.exposeString('query'),
    refused: t.exposeBoolean('refused'),
  }),
});

export const ApiTokenRef = builder.prismaObject('ApiToken', {
  description:
    "A named token with which a chapter's own tools read its statistics; the secret is shown once.",
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    chapter: t.relation('chapter'),
    createdBy: t.string({
      select: { createdBy: { select: { name: true } } },
      resolve: (token) => token.createdBy.name,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    callCount: t.relationCount('calls'),
    recentCalls: t.relation('calls', {
      type: TokenCallRef,
      description: 'The latest calls, newest first.',
      args: { limit: t.arg.int({ required: false, defaultValue: 20 }) },
      query: (args) => ({ orderBy: { at: 'desc' }, take: Math.min(Math.max(args.limit ?? 20, 1), 100) }),
    }),
  }),
});

const CreatedTokenRef = builder
  .objectRef<{ token: string; apiToken: { id: string } }>('CreatedChapterToken')
  .implement({
    fields: (t) => ({
      token: t.exposeString('token', {
        description: 'The secret, shown this once: send it as "Authorization: Bearer <token>".',
      }),
      apiToken: t.field({ type: ApiTokenRef, resolve: (c) => c.apiToken as never }),
    }),
  });

builder.queryField('chapterTokens', (t) =>
  t.prismaField({
    type: [ApiTokenRef],
    description: "The chapter tokens of the coordinator's associations (or of one chapter), newest first.",
    authScopes: { coordinator: true },
    args: { chapterId: t.arg.id({ required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.apiToken.findMany({
        ...query,
        where: {
          chapter: { associationId: { in: coordinated(ctx) } },
          ...(args.chapterId ? { chapterId: String(args.chapterId) } : {}),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);

const errors = { types: [...authErrors, NotFoundError, ConflictError] };

builder.mutationFields((t) => ({
  createChapterToken: t.field({
    type: CreatedTokenRef,
    description:
      'Creates a named API token for a chapter; the secret is in the answer only, stored as a hash.',
    authScopes: { coordinator: true },
    errors,
    args: {
      chapterId: t.arg.id({ required: true }),
      name: t.arg.string({
        required: true,
        validate: z
          .string()
          .trim()
          .min(1, 'Name the token (what uses it).')
          .max(100, 'Use at most 100 characters.'),
      }),
    },
    resolve: (_root, args, ctx) => createChapterToken(ctx, String(args.chapterId), args.name.trim()),
  }),
  revokeChapterToken: t.prismaField({
    type: ApiTokenRef,
    description: 'Revokes a token at once: its next call is refused.',
    authScopes: { coordinator: true },
    errors,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, args, ctx) => revokeChapterToken(ctx, String(args.id)),
  }),
}));
