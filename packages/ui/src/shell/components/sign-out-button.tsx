import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';

const SignOutButton_SignOut = graphql(`
  mutation SignOutButton_SignOut {
    signOut
  }
`);

export const SignOutButton = () => {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signOut, { loading }] = useMutation(SignOutButton_SignOut);
  const [failed, setFailed] = useState(false);

  const onClick = async () => {
    setFailed(false);
    try {
      await signOut();
    } catch {
      // The session cookie is HttpOnly, so only the server can end it; keep the person signed in and say so.
      setFailed(true);
      return;
    }
    await navigate('/sign-in', { replace: true });
    await client.clearStore();
  };

  return (
    <Button
      variant="default"
      size="xs"
      loading={loading}
      onClick={onClick}
      color={failed ? 'red' : undefined}
      title={failed ? 'Signing out failed. Please try again.' : undefined}
    >
      {failed ? 'Sign out (try again)' : 'Sign out'}
    </Button>
  );
};
