import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';

// The users page's deactivateUser/reactivateUser; they return the User, whose `active` the table shows.
const ReviewerStatusDialog_Deactivate = graphql(`
  mutation ReviewerStatusDialog_Deactivate($input: UserIdInput!) {
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

const ReviewerStatusDialog_Reactivate = graphql(`
  mutation ReviewerStatusDialog_Reactivate($input: UserIdInput!) {
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

interface ReviewerStatusDialogProps {
  user: { id: string; name: string; active: boolean };
  onClose: () => void;
}

export const ReviewerStatusDialog = ({ user, onClose }: ReviewerStatusDialogProps) => {
  const [deactivate, deactivation] = useMutation(ReviewerStatusDialog_Deactivate);
  const [reactivate, reactivation] = useMutation(ReviewerStatusDialog_Reactivate);
  const [error, setError] = useState<string | null>(null);
  const deactivating = user.active;
  const verb = deactivating ? 'Deactivate' : 'Reactivate';

  const confirm = async () => {
    setError(null);
    const variables = { input: { userId: user.id } };
    try {
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
            ? `${user.name} will be signed out and cannot sign in or review until reactivated. Their reviews are kept.`
            : `${user.name} will be able to sign in and review again.`}
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
