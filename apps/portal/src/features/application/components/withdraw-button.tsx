import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { graphql } from '../../../gql';

const WithdrawButton_Withdraw = graphql(`
  mutation WithdrawButton_Withdraw($id: ID!, $reason: String) {
    withdrawApplication(id: $id, reason: $reason) {
      __typename
      ... on MutationWithdrawApplicationSuccess {
        data {
          ...ApplicationDetail_Application
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** Withdrawing cannot be undone, so it asks first. */
export const WithdrawButton = ({ applicationId }: { applicationId: string }) => {
  const [opened, { open, close }] = useDisclosure(false);
  const [withdraw, { loading }] = useMutation(WithdrawButton_Withdraw, {
    refetchQueries: ['NotificationsNavLink_UnreadCount'],
  });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onConfirm = async () => {
    setError(null);
    try {
      const { data } = await withdraw({ variables: { id: applicationId, reason: reason.trim() || null } });
      const result = data?.withdrawApplication;
      if (result?.__typename === 'MutationWithdrawApplicationSuccess') close();
      else if (result) setError(result.message);
    } catch (e) {
      setError(describeRequestError(e));
    }
  };

  return (
    <>
      <Group>
        <Button variant="subtle" color="red" onClick={open}>
          Withdraw application
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title="Withdraw this application?">
        <Stack gap="sm">
          <Text size="sm">
            A withdrawn application cannot be reopened. Your portfolio stays, and you can start a new
            application later.
          </Text>
          <Textarea
            label="Reason (optional)"
            autosize
            minRows={2}
            maxLength={5000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <FormAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep application
            </Button>
            <Button color="red" onClick={onConfirm} loading={loading}>
              Yes, withdraw
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};
