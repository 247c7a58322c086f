/** The smallest useful call with a chapter token: its chapter's active endorsements by level. */
export const EXAMPLE_QUERY =
  '{ chapterStatistics { chapterName activeEndorsements { level count { value suppressed } } } }';

/** A shell command that calls the API with the token, to paste into a terminal and see it work. */
export const curlExample = (origin: string, token: string): string =>
  `curl -X POST ${origin}/graphql -H 'Content-Type: application/json' ` +
  `-H 'Authorization: Bearer ${token}' -d '${JSON.stringify({ query: EXAMPLE_QUERY })}'`;
