/** Calls a chapter token may make per minute; dashboards refresh far less often. */
export const TOKEN_CALLS_PER_MINUTE = 30;
/** The visible prefix of every token, so one found in a log or a repository is recognisable. */
export const TOKEN_PREFIX = 'imhct_';
/** Tokens one chapter may hold at once (revoked ones do not count). */
export const MAX_TOKENS_PER_CHAPTER = 20;
