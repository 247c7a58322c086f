import { useQuery } from '@apollo/client/react';
import { getEdition } from '@imh/competencies';
import { describeRequestError } from '@imh/ui';
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { todayIso } from '../../progress/live-evaluation';
import { UnknownEditionError } from '../../progress/use-progress-basis';
import { EndorsementCard } from './endorsement-card';
import { UpgradeCard } from './upgrade-card';

export const EndorsementPage_Data = graphql(`
  query EndorsementPage_Data {
    myEndorsements {
      ...EndorsementCard_Endorsement
    }
    agreements {
      document
      version
      title
      paragraphs
    }
    myProfile {
      id
      association {
        id
        ruleEdition
      }
    }
  }
`);

/** `/endorsement`: each endorsement held, its renewal for the year, and the way up to the next level. */
export const EndorsementPage = () => {
  // The coordinator approves or returns renewals from the admin console: re-read on every visit.
  const { data, loading, error } = useQuery(EndorsementPage_Data, { fetchPolicy: 'cache-and-network' });

  const body = (() => {
    if (loading && !data) return <Loader aria-label="Loading your endorsement" />;
    if (error && !data) {
      return (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      );
    }
    const endorsements = data?.myEndorsements ?? [];
    if (endorsements.length === 0) {
      return (
        <Text>
          You do not hold an endorsement yet.{' '}
          <Anchor component={Link} to="/application">
            Go to your application
          </Anchor>
        </Text>
      );
    }
    const editionId = data?.myProfile?.association.ruleEdition ?? '';
    // The association's edition names the competency areas a logged training may cover.
    const edition = getEdition(editionId);
    if (!edition) {
      return (
        <Alert color="red" variant="light" role="alert">
          {new UnknownEditionError(editionId).message}
        </Alert>
      );
    }
    const env = { today: todayIso(), edition };
    return (
      <>
        {endorsements.map((endorsement) => (
          <EndorsementCard
            key={endorsement.id}
            endorsement={endorsement}
            agreements={data?.agreements ?? []}
            env={env}
          />
        ))}
        <UpgradeCard endorsements={endorsements} />
      </>
    );
  })();

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1}>Your endorsement</Title>
        <Text c="dimmed">
          Renew it each year: log your training and reflective supervision, sign the code of ethics and
          submit.
        </Text>
      </div>
      {body}
    </Stack>
  );
};
