import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, FieldValidationError } from '../errors.ts';

// Codes the GraphQL layer itself produces for a malformed request; they describe the caller's
// mistake, so they pass through. Everything else that is not a domain error is masked.
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  // A domain error thrown by a plugin (a token's rate limit) arrives wrapped once more.
  const domain =
    original instanceof GraphQLError && original.originalError ? original.originalError : original;
  if (domain instanceof AppError || domain instanceof FieldValidationError) {
    return { ...formatted, message: domain.message, extensions: { code: domain.code } };
  }
  // Pothos refuses malformed input it decodes itself (a Relay global id that is not one): the
  // caller's mistake, not ours.
  if (original instanceof PothosValidationError) {
    return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
  if (original instanceof GraphQLError && !original.originalError && code === undefined) return formatted;
  // An error of the request itself, raised by graphql-js before any resolver ran (no path), such as
  // "Too many errors processing variables": the request was at fault.
  if (original instanceof GraphQLError && !original.originalError && !original.path) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  console.error('[graphql] unexpected error:', original);
  return {
    message: 'Something went wrong on our side. It has been logged; please try again.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
