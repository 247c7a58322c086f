import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { canSend } from '../standing-words';
import type { Endorsement } from './endorsement-card';
import { RenewalStatusNotice } from './renewal-status-notice';

const RenewalSubmit_Submit = graphql(`
  mutation RenewalSubmit_Submit($endorsementId: ID!) {
    submitRenewal(endorsementId: $endorsementId) {
      __typename
      ... on MutationSubmitRenewalSuccess {
        data {
          id
          status
          submittedAt
        }
      }
      ... on UnmetRequirementsError {
        message
        unmet {
          id
          label
          reasons
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const RenewalSubmit_Reinstate = graphql(`
  mutation RenewalSubmit_Reinstate($endorsementId: ID!) {
    requestReinstatement(endorsementId: $endorsementId) {
      __typename
      ... on MutationRequestReinstatementSuccess {
        data {
          id
          status
          submittedAt
        }
      }
      ... on UnmetRequirementsError {
        message
        unmet {
          id
          label
          reasons
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type Unmet = { id: string; label: string; reasons: readonly string[] };

// The renewal's status lives on the endorsement's standing, which only a fresh read brings.
const AFTER_SENDING = { refetchQueries: ['EndorsementPage_Data'], awaitRefetchQueries: true };

/**
 * Sends the year to the coordinator: a renewal, or after a lapse a request to be reinstated. The
 * server checks the requirements again and refuses, changing nothing, if one is not met.
 */
export const RenewalSubmit = ({
  endorsement,
  kind,
}: {
  endorsement: Endorsement;
  kind: 'RENEWAL' | 'REINSTATEMENT';
}) => {
  const { renewal } = endorsement.standing;
  const { met } = endorsement.renewalEvaluation;
  const [submit, submitting] = useMutation(RenewalSubmit_Submit, AFTER_SENDING);
  const [reinstate, reinstating] = useMutation(RenewalSubmit_Reinstate, AFTER_SENDING);
  const loading = submitting.loading || reinstating.loading;
  const [unmet, setUnmet] = useState<readonly Unmet[]>([]);
  const [error, setError] = useState<string | null>(null);

  const onSend = async () => {
    setError(null);
    setUnmet([]);
    const variables = { endorsementId: endorsement.id };
    try {
      const result =
        kind === 'RENEWAL'
          ? (await submit({ variables })).data?.submitRenewal
          : (await reinstate({ variables })).data?.requestReinstatement;
      if (!result || result.__typename.startsWith('Mutation')) return;
      if (result.__typename === 'UnmetRequirementsError') setUnmet(result.unmet);
      else if ('message' in result) {
        const details = 'fieldErrors' in result ? result.fieldErrors.map((f) => f.message) : [];
        setError([result.message, ...details].join(' '));
      }
    } catch (e) {
      setError(describeRequestError(e));
    }
  };

  return (
    <Stack gap="sm" maw={640}>
      <RenewalStatusNotice renewal={renewal} />
      {canSend(renewal) && (
        <>
          {!met && (
            <Text size="sm" c="dimmed">
              Complete the requirements above to submit.
            </Text>
          )}
          {unmet.length > 0 && (
            <Alert color="red" variant="light" role="alert" title="Not every requirement is met">
              <List size="sm" spacing={4}>
                {unmet.map((requirement) => (
                  <List.Item key={requirement.id}>
                    <Text size="sm" fw={500} span>
                      {requirement.label}
                    </Text>
                    {requirement.reasons.length > 0 && <Text size="sm">{requirement.reasons.join(' ')}</Text>}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <FormAlert message={error} />
          <Button onClick={onSend} loading={loading} disabled={!met || loading} w="fit-content">
            {kind === 'RENEWAL' ? 'Submit renewal' : 'Ask to be reinstated'}
          </Button>
        </>
      )}
    </Stack>
  );
};
