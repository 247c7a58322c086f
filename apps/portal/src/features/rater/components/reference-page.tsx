import { useMutation } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Button, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { ReferencePage_OpenMutation } from '../../../gql/graphql';
import { RatingForm } from './rating-form';

const ReferencePage_Open = graphql(`
  mutation ReferencePage_Open($token: String!) {
    openReferenceForm(token: $token) {
      __typename
      ... on MutationOpenReferenceFormSuccess {
        data {
          raterName
          applicantName
          levelName
          knownSince
          expiresAt
          domains {
            id
            name
            competencies {
              id
              name
            }
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export type ReferenceFormData = Extract<
  ReferencePage_OpenMutation['openReferenceForm'],
  { __typename: 'MutationOpenReferenceFormSuccess' }
>['data'];

type PageState =
  | { kind: 'loading' }
  | { kind: 'form'; form: ReferenceFormData }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'done' };

const Frame = ({ children }: { children: ReactNode }) => (
  <Container size="md" py="xl" component="main">
    <Stack gap="lg">
      <Text c="dimmed" fw={600} ta="center">
        Infant Mental Health Endorsement®
      </Text>
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }}>
        {children}
      </Paper>
    </Stack>
  </Container>
);

/** What a rater reaches from the emailed link: no account, the link's token is the credential. */
export const ReferencePage = () => {
  const { token = '' } = useParams();
  const [open] = useMutation(ReferencePage_Open, { fetchPolicy: 'no-cache' });
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  // Opening marks the request opened; StrictMode runs effects twice in development, the server once.
  const openedFor = useRef<string | null>(null);

  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      const { data } = await open({ variables: { token } });
      const result = data?.openReferenceForm;
      if (result?.__typename === 'MutationOpenReferenceFormSuccess')
        setState({ kind: 'form', form: result.data });
      else setState({ kind: 'invalid', message: result?.message ?? 'This link cannot be used.' });
    } catch (error) {
      setState({ kind: 'failed', message: describeRequestError(error) });
    }
  }, [open, token]);

  useEffect(() => {
    if (openedFor.current === token) return;
    openedFor.current = token;
    void load();
  }, [load, token]);

  if (state.kind === 'loading') {
    return (
      <Frame>
        <Loader aria-label="Opening the rating form" />
      </Frame>
    );
  }
  if (state.kind === 'invalid') {
    return (
      <Frame>
        <Stack gap="sm">
          <Title order={1} size="h2">
            This link cannot be used
          </Title>
          <Text>{state.message}</Text>
        </Stack>
      </Frame>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Frame>
        <Stack gap="sm">
          <Title order={1} size="h2">
            We could not open the rating form
          </Title>
          <Alert color="red" variant="light" role="alert">
            {state.message}
          </Alert>
          <Button onClick={load} w="fit-content">
            Try again
          </Button>
        </Stack>
      </Frame>
    );
  }
  if (state.kind === 'done') {
    return (
      <Frame>
        <Stack gap="sm">
          <Title order={1} size="h2">
            Thank you
          </Title>
          <Text>
            Your reference has been received. The reviewers will read it with the application; the applicant
            learns only that it arrived. You can close this page.
          </Text>
        </Stack>
      </Frame>
    );
  }
  return (
    <Frame>
      <RatingForm
        token={token}
        form={state.form}
        onSubmitted={() => setState({ kind: 'done' })}
        onInvalid={(message) => setState({ kind: 'invalid', message })}
      />
    </Frame>
  );
};
