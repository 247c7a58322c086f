import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { UserRow } from './users-table';

const AccountStatusDialog_Deactivate = graphql(`
  mutation AccountStatusDialog_Deactivate($input: UserIdInput!) {
    deactivateUser(input: $input) {
      __typename
      ... on MutationDeactivateUserSuccess {
        data {
          id
          active
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const AccountStatusDialog_Reactivate = graphql(`
  mutation AccountStatusDialog_Reactivate($input: UserIdInput!) {
    reactivateUser(input: $input) {
      __typename
      ... on MutationReactivateUserSuccess {
        data {
          id
          active
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

interface AccountStatusDialogProps {
  user: Pick<UserRow, 'id' | 'name' | 'active'>;
  onClose: () => void;
  /** What the change means for this kind of account, when more than signing in is at stake. */
  consequences?: { deactivate: string; reactivate: string };
}

/** Asks before deactivating or reactivating an account; the change applies at once. */
export const AccountStatusDialog = ({ user, onClose, consequences }: AccountStatusDialogProps) => {
  const [deactivate, deactivation] = useMutation(AccountStatusDialog_Deactivate);
  const [reactivate, reactivation] = useMutation(AccountStatusDialog_Reactivate);
  const [error, setError] = useState<string | null>(null);
  const deactivating = user.active;
  const verb = deactivating ? 'Deactivate' : 'Reactivate';

  const confirm = async () => {
    setError(null);
    const variables = { input: { userId: user.id } };
    try {
      // The mutation returns the user with its new `active`, which updates the table through the cache.
      const result = deactivating
        ? (await deactivate({ variables })).data?.deactivateUser
        : (await reactivate({ variables })).data?.reactivateUser;
      if (result?.__typename.endsWith('Success')) onClose();
      else if (result && 'message' in result) setError(result.message);
    } catch (requestError) {
      setError(describeRequestError(requestError));
    }
  };

  return (
    <Modal opened onClose={onClose} title={`${verb} ${user.name}?`} centered>
      <Stack>
        <Text>
          {deactivating
            ? (consequences?.deactivate ??
              `${user.name} will be signed out and cannot sign in until the account is reactivated. Nothing they entered is deleted.`)
            : (consequences?.reactivate ??
              `${user.name} will be able to sign in again with their existing password.`)}
        </Text>
        <FormAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color={deactivating ? 'red' : 'teal'}
            onClick={confirm}
            loading={deactivation.loading || reactivation.loading}
          >
            {verb} account
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
