import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';

const DeclareConflictDialog_Declare = graphql(`
  mutation DeclareConflictDialog_Declare($applicationId: ID!, $reason: String!) {
    declareConflict(applicationId: $applicationId, reason: $reason) {
      __typename
      ... on Error {
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

/** Declaring a conflict withdraws the assignment, so the reviewer is taken back to their list. */
export const DeclareConflictButton = ({ applicationId }: { applicationId: string }) => {
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [declare, { loading }] = useMutation(DeclareConflictDialog_Declare, {
    refetchQueries: ['MyReviewsPage_Assignments', 'ReviewPage_Assignments'],
    awaitRefetchQueries: true,
  });

  const onDeclare = async () => {
    setReasonError(null);
    setFormError(null);
    if (!reason.trim()) {
      setReasonError('Say what the conflict is.');
      return;
    }
    try {
      const result = (await declare({ variables: { applicationId, reason: reason.trim() } })).data
        ?.declareConflict;
      if (result?.__typename === 'MutationDeclareConflictSuccess') {
        navigate('/reviews');
        return;
      }
      if (result?.__typename === 'ValidationError' && result.fieldErrors.length)
        setReasonError(result.fieldErrors.map((e) => e.message).join(' '));
      else if (result && 'message' in result) setFormError(result.message);
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  };

  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpened(true)}>
        Declare a conflict of interest
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Declare a conflict of interest" centered>
        <Stack>
          <Text size="sm">
            You will no longer review this application, and it will not be offered to you again. The
            coordinators see your reason.
          </Text>
          <FormAlert message={formError} />
          <Textarea
            label="Reason"
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              Cancel
            </Button>
            <Button color="red" onClick={onDeclare} loading={loading}>
              Declare conflict
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};
