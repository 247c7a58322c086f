import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { type DocumentNode, GraphQLError, Kind, validate, visit } from 'graphql';
import type { Context } from '../context.ts';
import { costOptions } from './query-limits.ts';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/**
 * The cost rule multiplies a connection's cost by its `first`/`last`, but only when they are written
 * in the query: validation never sees variables. So the operation is costed again once its
 * variables are known, with the page sizes written in.
 */
export function withPageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  return visit(document, {
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const value = variables[node.value.name.value];
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
}

export const variableCostPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, schema }) {
        const variables = (request.variables ?? {}) as Record<string, unknown>;
        if (Object.keys(variables).length === 0) return;
        const errors = validate(schema, withPageSizes(document, variables), [costLimitRule(costOptions)]);
        if (errors.length > 0)
          throw new GraphQLError(errors[0]?.message ?? 'Query too costly.', {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
      },
    };
  },
};
