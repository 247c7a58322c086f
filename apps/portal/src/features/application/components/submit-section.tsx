import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Alert, Button, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { ApplicationDetail_ApplicationFragment } from '../../../gql/graphql';

const SubmitSection_Submit = graphql(`
  mutation SubmitSection_Submit($id: ID!, $response: String) {
    submitApplication(id: $id, response: $response) {
      __typename
      ... on MutationSubmitApplicationSuccess {
        data {
          ...ApplicationDetail_Application
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

/** Submitting a draft, or resubmitting with an answer after the reviewers asked for changes. */
export const SubmitSection = ({ application }: { application: ApplicationDetail_ApplicationFragment }) => {
  const resubmit = application.status === 'CHANGES_REQUESTED';
  const [submit, { loading }] = useMutation(SubmitSection_Submit, {
    // Submitting notifies the applicant too; the navigation's count should show it.
    refetchQueries: ['NotificationsNavLink_UnreadCount'],
  });
  const [response, setResponse] = useState('');
  const [unmet, setUnmet] = useState<readonly Unmet[]>([]);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async () => {
    setError(null);
    setUnmet([]);
    try {
      const { data } = await submit({
        variables: { id: application.id, response: resubmit ? response.trim() || null : null },
      });
      const result = data?.submitApplication;
      if (result?.__typename === 'UnmetRequirementsError') setUnmet(result.unmet);
      else if (result && result.__typename !== 'MutationSubmitApplicationSuccess') {
        const details = 'fieldErrors' in result ? result.fieldErrors.map((f) => f.message) : [];
        setError([result.message, ...details].join(' '));
      }
    } catch (e) {
      setError(describeRequestError(e));
    }
  };

  const action = resubmit ? 'Resubmit application' : 'Submit application';
  return (
    <Stack component="section" aria-labelledby="submit-heading" gap="sm" maw={640}>
      <Title order={3} id="submit-heading">
        {resubmit ? 'Resubmit' : 'Submit'}
      </Title>
      <Text size="sm">
        {resubmit
          ? 'Tell the reviewers what you changed. Your portfolio is frozen again when you resubmit.'
          : 'When every requirement is met, submit your application. Your portfolio is frozen as it is at that moment and goes to the endorsement coordinator.'}
      </Text>
      {!application.evaluation.readyForReview && (
        <Text size="sm" c="dimmed">
          Some requirements are not met yet; submitting now will list them.
        </Text>
      )}
      {resubmit && (
        <Textarea
          label="Your answer to the reviewers"
          autosize
          minRows={3}
          maxLength={5000}
          value={response}
          onChange={(event) => setResponse(event.currentTarget.value)}
        />
      )}
      {unmet.length > 0 && (
        <Alert color="red" variant="light" role="alert" title="Your application cannot be submitted yet">
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
      <Button onClick={onSubmit} loading={loading} disabled={loading} w="fit-content">
        {action}
      </Button>
    </Stack>
  );
};
