import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { Section } from '../../application/components/section';
import { RequireRole } from '../../shell/components/require-role';
import { ChapterTokensTable } from './chapter-tokens-table';
import { type CreatedToken, CreateTokenForm } from './create-token-form';
import { CreatedTokenBox } from './created-token-box';

export const ChapterTokensPage_Tokens = graphql(`
  query ChapterTokensPage_Tokens {
    chapterTokens {
      id
      name
      chapter {
        id
        name
      }
      createdBy
      createdAt
      lastUsedAt
      revokedAt
      callCount
      recentCalls(limit: 20) {
        at
        operationName
        refused
      }
    }
  }
`);

const Tokens = ({ origin }: { origin: string }) => {
  const { data, loading, error, refetch } = useQuery(ChapterTokensPage_Tokens, {
    // Calls arrive from outside the console, so the counts are read fresh on each visit.
    fetchPolicy: 'cache-and-network',
  });
  const [created, setCreated] = useState<CreatedToken | null>(null);

  return (
    <>
      <Section title="Create a token">
        <CreateTokenForm
          onCreated={(token) => {
            setCreated(token);
            void refetch();
          }}
        />
        {created && <CreatedTokenBox {...created} origin={origin} onDone={() => setCreated(null)} />}
      </Section>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      ) : null}
      {loading && !data ? (
        <Loader aria-label="Loading the tokens" />
      ) : (
        data && <ChapterTokensTable tokens={data.chapterTokens} />
      )}
    </>
  );
};

interface ChapterTokensPageProps {
  /** Where the API answers, for the example call; the browser's own origin unless a test says. */
  origin?: string;
}

/** Coordinators give a chapter's own tools read access to its statistics, and take it back. */
export const ChapterTokensPage = ({ origin = globalThis.location?.origin ?? '' }: ChapterTokensPageProps) => (
  <RequireRole requiredRole="COORDINATOR" title="API tokens">
    <Stack gap="lg">
      <div>
        <Title order={1}>API tokens</Title>
        <Text c="dimmed">
          A token lets a chapter's own tools read that chapter's statistics, with the same suppression as this
          console. Each call is recorded; revoke a token as soon as it is no longer needed.
        </Text>
      </div>
      <Tokens origin={origin} />
    </Stack>
  </RequireRole>
);
