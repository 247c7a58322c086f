import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';

/**
 * Limits on the shape of a GraphQL request (graphql-armor), refusing abusive queries before any
 * resolver runs. The values are set from this schema and its clients: test/query-limits.test.ts
 * measures every operation the portal and the admin console send and checks they pass with room.
 * - depth 10: the deepest operation the apps send is 7 levels (the admin renewal page); the schema's
 *   connections add two levels each (edges, node), so 10 allows one more nested list than any page.
 * - aliases 15: the apps use none; a chapter's tool may alias the statistics query to compare a few
 *   levels or periods in one call, and 15 is far below a batching attack.
 * - directives 10: @include/@skip on a handful of fields.
 * - tokens 2,000: the largest operation (the admin application page) is about 200 tokens.
 * - cost 50,000 (objects 2, scalars 1, ×1.5 per level, × the page size of a connection): the
 *   heaviest operation the apps send (the admin queue page) costs about 31,500 at the largest page a
 *   connection allows (100 rows); a handful of aliased pages, or pages nested in pages, exceed it.
 */
export const QUERY_LIMITS = { depth: 10, aliases: 15, directives: 10, tokens: 2000, cost: 50_000 } as const;

// Reported as validation errors (400, GRAPHQL_VALIDATION_FAILED) rather than thrown, which Apollo
// would turn into an internal error.
const shared = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const costOptions = {
  maxCost: QUERY_LIMITS.cost,
  objectCost: 2,
  scalarCost: 1,
  depthCostFactor: 1.5,
  ...shared,
};

export const queryLimitRules = [
  maxDepthRule({ n: QUERY_LIMITS.depth, ...shared }),
  maxAliasesRule({ n: QUERY_LIMITS.aliases, ...shared }),
  maxDirectivesRule({ n: QUERY_LIMITS.directives, ...shared }),
  costLimitRule(costOptions),
];

/**
 * Counts a query's tokens before Apollo parses it (its parser cannot be replaced), so a megabyte of
 * `{a a a a …}` is refused after a cheap lexer pass instead of being parsed into a huge document.
 */
export const maxTokens: RequestHandler = (req, res, next) => {
  // A GET carries the query in the URL; a POST in the body.
  const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
  if (typeof query !== 'string') return next();
  try {
    new MaxTokensParserWLexer(query, { n: QUERY_LIMITS.tokens, exposeLimits: true }).parseDocument();
  } catch (error) {
    if (error instanceof GraphQLError && /token/i.test(error.message)) {
      res.status(400).json({ errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    // A syntax error is Apollo's to report, in its usual form.
  }
  next();
};

/** In production, "Did you mean …?" would describe the schema to someone guessing at it. */
export function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  return { ...error, message: error.message.replace(/\s*Did you mean [^?]*\?/g, '') };
}
