import { getDatamodel, type PothosPrismaTypes } from '@imh/db';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { type Context, hasRole } from './context.ts';
import { ForbiddenError, UnauthenticatedError } from './errors.ts';

export type AuthScopes = {
  public: boolean;
  signedIn: boolean;
  applicant: boolean;
  reviewer: boolean;
  coordinator: boolean;
  chapterAnalyst: boolean;
  /** The request carried a chapter's API token (valid or not: the resolver says which). */
  chapterToken: boolean;
};

// The errors plugin comes first so that it wraps validation and scope-auth: their failures are
// returned as the typed error results a mutation declares, not only as top-level GraphQL errors.
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PothosPrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ErrorsPlugin, ValidationPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      signedIn: ctx.viewer !== null,
      applicant: hasRole(ctx, 'APPLICANT'),
      reviewer: hasRole(ctx, 'REVIEWER'),
      coordinator: hasRole(ctx, 'COORDINATOR'),
      chapterAnalyst: hasRole(ctx, 'CHAPTER_ANALYST'),
      chapterToken: ctx.apiToken !== undefined,
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new ForbiddenError()
        : new UnauthenticatedError(
            ctx.sessionExpired ? 'Your session has expired. Please sign in again.' : undefined,
          ),
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    // No generic node(id) lookup: it would bypass each type's own access rules (any signed-in person
    // could fetch any User by id). Objects are reached only through fields that check access.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  errors: {
    defaultTypes: [],
    // Argument validation runs before the resolver; without this its failures would be top-level
    // GraphQL errors instead of the typed ValidationError result that forms read field by field.
    unsafelyHandleInputErrors: true,
  },
});
