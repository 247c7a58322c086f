import { useMutation } from '@apollo/client/react';
import { FormAlert, type ResultError } from '@imh/ui';
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { ApplicationDetail_ApplicationFragment, RaterInput } from '../../../gql/graphql';
import { RaterForm } from './rater-form';
import { type Notice, ReferencesTable } from './references-table';

const ReferencesSection_Request = graphql(`
  mutation ReferencesSection_Request($applicationId: ID!, $input: RaterInput!) {
    requestReference(applicationId: $applicationId, input: $input) {
      __typename
      ... on MutationRequestReferenceSuccess {
        data {
          id
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

const ReferencesSection_Replace = graphql(`
  mutation ReferencesSection_Replace($id: ID!, $input: RaterInput!) {
    replaceReference(id: $id, input: $input) {
      __typename
      ... on MutationReplaceReferenceSuccess {
        data {
          id
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

type Reference = ApplicationDetail_ApplicationFragment['references'][number];

const SENT: Notice = {
  tone: 'success',
  message: 'Request sent: the rater has a link to the rating form by email.',
};

// A new or replaced rater changes the list and the references requirement: re-read the application.
const refetch = { refetchQueries: ['ApplicationDetail_Data'], awaitRefetchQueries: true };

/** The result's error half, or null when the request went out. */
const errorOf = (result: { __typename: string } | undefined): ResultError | null =>
  !result || result.__typename.endsWith('Success') ? null : (result as ResultError);

interface ReferencesSectionProps {
  applicationId: string;
  editionId: string;
  references: readonly Reference[];
  editable: boolean;
}

export const ReferencesSection = ({
  applicationId,
  editionId,
  references,
  editable,
}: ReferencesSectionProps) => {
  const [request] = useMutation(ReferencesSection_Request, refetch);
  const [replace] = useMutation(ReferencesSection_Replace, refetch);
  const [asking, setAsking] = useState(false);
  const [replacing, setReplacing] = useState<Reference | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const onAsk = async (input: RaterInput) => {
    const { data } = await request({ variables: { applicationId, input } });
    const error = errorOf(data?.requestReference);
    if (!error) {
      setAsking(false);
      setNotice(SENT);
    }
    return error;
  };

  const onReplace = async (input: RaterInput) => {
    if (!replacing) return null;
    const { data } = await replace({ variables: { id: replacing.id, input } });
    const error = errorOf(data?.replaceReference);
    if (!error) {
      setReplacing(null);
      setNotice(SENT);
    }
    return error;
  };

  return (
    <Stack component="section" id="references" aria-labelledby="references-heading" gap="sm">
      <Title order={3} id="references-heading">
        References
      </Title>
      <Text size="sm">
        Each rater gets an emailed link to a short rating form and needs no account; their ratings stay
        confidential, read only by the reviewers and never shown to you.
      </Text>
      <FormAlert message={notice?.message ?? null} tone={notice?.tone} />
      {references.length > 0 ? (
        <ReferencesTable
          references={references}
          editable={editable}
          onReplace={setReplacing}
          onNotice={setNotice}
        />
      ) : (
        <Text size="sm" c="dimmed">
          You have not asked anyone yet. The requirements above say how many raters your level needs and in
          which roles.
        </Text>
      )}
      {editable && (
        <Group>
          <Button variant="light" onClick={() => setAsking(true)}>
            Ask a rater
          </Button>
        </Group>
      )}
      <Modal opened={asking} onClose={() => setAsking(false)} title="Ask a rater">
        <RaterForm onSend={onAsk} onCancel={() => setAsking(false)} editionId={editionId} />
      </Modal>
      <Modal
        opened={replacing !== null}
        onClose={() => setReplacing(null)}
        title={replacing ? `Replace ${replacing.raterName}` : 'Replace a rater'}
      >
        <Text size="sm" mb="sm">
          {replacing?.raterName}'s link stops working and any answer they gave no longer counts. Ask someone
          else in their place.
        </Text>
        <RaterForm onSend={onReplace} onCancel={() => setReplacing(null)} editionId={editionId} />
      </Modal>
    </Stack>
  );
};
