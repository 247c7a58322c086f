import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { RevokeTokenDialog_RevokeMutation } from '../../../gql/graphql';

export const RevokeTokenDialog_Revoke = graphql(`
  mutation RevokeTokenDialog_Revoke($id: ID!) {
    revokeChapterToken(id: $id) {
      __typename
      ... on MutationRevokeChapterTokenSuccess {
        data {
          id
          revokedAt
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type Revoke = (options: {
  variables: { id: string };
}) => Promise<{ data?: RevokeTokenDialog_RevokeMutation | null | undefined }>;

/**
 * Revokes the token and says why not when the API refuses; null when it is revoked. The answer
 * carries the token's `revokedAt`, which updates its row through the cache.
 */
export const revokeToken = async (revoke: Revoke, id: string): Promise<string | null> => {
  const result = (await revoke({ variables: { id } })).data?.revokeChapterToken;
  if (result?.__typename === 'MutationRevokeChapterTokenSuccess') return null;
  return result && 'message' in result ? result.message : 'The token could not be revoked. Try again.';
};

interface RevokeTokenDialogProps {
  token: { id: string; name: string; chapter: { name: string } };
  onClose: () => void;
}

/** Asks before revoking a chapter token; its next call is refused, and that cannot be undone. */
export const RevokeTokenDialog = ({ token, onClose }: RevokeTokenDialogProps) => {
  const [revoke, { loading }] = useMutation(RevokeTokenDialog_Revoke);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setError(null);
    try {
      const refusal = await revokeToken(revoke, token.id);
      if (refusal) setError(refusal);
      else onClose();
    } catch (requestError) {
      setError(describeRequestError(requestError));
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Revoke “${token.name}”?`} centered>
      <Stack>
        <Text>
          Whatever uses this token loses access to the {token.chapter.name} chapter's statistics at once: its
          next call is refused. A revoked token cannot be used again; create a new one if it is needed.
        </Text>
        <FormAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={loading}>
            Revoke token
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
