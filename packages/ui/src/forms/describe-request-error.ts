import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

/**
 * Turns a failed request (as opposed to a typed error result) into a sentence a person can act on.
 * Unexpected server errors are masked by the API, so their text is not worth showing.
 */
export const describeRequestError = (error: unknown): string => {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes('UNAUTHENTICATED')) return 'Your session has expired. Please sign in again.';
    if (codes.includes('FORBIDDEN')) return "You don't have permission to do that.";
    return 'Something went wrong on our side. Please try again.';
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return 'The server could not handle the request. Please try again in a moment.';
  }
  return 'We could not reach the server. Check your connection and try again.';
};
