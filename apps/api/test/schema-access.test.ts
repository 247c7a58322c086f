import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

type PothosOptions = { authScopes?: unknown };

/** Every root field must say who may call it; being public is a declaration too (deny by default). */
function fieldsWithoutAccessRule(type: GraphQLObjectType | null | undefined): string[] {
  if (!type) return [];
  return Object.values(type.getFields())
    .filter(
      (field) => (field.extensions?.pothosOptions as PothosOptions | undefined)?.authScopes === undefined,
    )
    .map((field) => `${type.name}.${field.name}`);
}

describe('access rules', () => {
  it('every query and mutation field declares its authScopes', () => {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    expect(roots.flatMap(fieldsWithoutAccessRule)).toEqual([]);
  });

  it('walks every root field (the check above cannot pass vacuously)', () => {
    const count = [schema.getQueryType(), schema.getMutationType()].reduce(
      (n, t) => n + Object.keys(t?.getFields() ?? {}).length,
      0,
    );
    expect(count).toBeGreaterThanOrEqual(14);
  });

  it('only the sign-in surface, the association list and the token-guarded rater form are public', () => {
    const publicFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.values(type?.getFields() ?? {})
        .filter((f) => {
          const scopes = (f.extensions?.pothosOptions as PothosOptions | undefined)?.authScopes as Record<
            string,
            unknown
          >;
          return scopes && scopes.public === true;
        })
        .map((f) => `${type?.name}.${f.name}`),
    );
    expect(publicFields.sort()).toEqual(
      [
        'Mutation.openReferenceForm',
        'Mutation.requestPasswordReset',
        'Mutation.resetPassword',
        'Mutation.signIn',
        'Mutation.signOut',
        'Mutation.signUp',
        'Mutation.submitReferenceRating',
        'Query.associations',
        'Query.me',
      ].sort(),
    );
  });
});
