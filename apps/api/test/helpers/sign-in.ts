import { TEST_PASSWORD } from './factories.ts';
import { type GraphqlClient, graphqlClient } from './graphql-client.ts';

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on MutationSignInSuccess { data { id email roles } }
      ... on Error { message }
      ... on TooManyAttemptsError { retryAfterSeconds }
      ... on ValidationError { fieldErrors { path message } }
    }
  }
`;

/** A client signed in as the given email with the factories' password. */
export async function signedInClient(
  baseUrl: string,
  email: string,
  password = TEST_PASSWORD,
): Promise<GraphqlClient> {
  const client = graphqlClient(baseUrl);
  const res = await client.gql(SIGN_IN, { input: { email, password } });
  if (res.data?.signIn?.__typename !== 'MutationSignInSuccess') {
    throw new Error(`sign-in failed for ${email}: ${JSON.stringify(res)}`);
  }
  return client;
}
