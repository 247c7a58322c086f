import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { describeTarget } from '../level-options';
import { findOpenApplication } from '../status-words';
import { ApplicationDetail } from './application-detail';
import { EndorsementCard } from './endorsement-card';
import { PastApplications } from './past-applications';
import { StartApplication } from './start-application';

const ApplicationPage_Applications = graphql(`
  query ApplicationPage_Applications {
    myApplications {
      id
      targetName
      status
      startedAt
      decidedAt
    }
    myEndorsements {
      id
      number
      level
      track
      startsOn
      expiresOn
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

const isForbidden = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');

/**
 * `/application` shows the open application, or the way to start one; `/application/:applicationId`
 * (where notifications link) shows that one, open or not.
 */
export const ApplicationPage = () => {
  const { applicationId } = useParams();
  const { data, loading, error } = useQuery(ApplicationPage_Applications);

  const body = (() => {
    if (loading && !data) return <Loader aria-label="Loading your applications" />;
    if (error && !data) {
      if (isForbidden(error)) {
        return (
          <Alert color="blue" variant="light">
            Only applicants have applications. If you work with applications, use the{' '}
            <Anchor href="/admin/">admin console</Anchor>.
          </Alert>
        );
      }
      return (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      );
    }
    const applications = data?.myApplications ?? [];
    const open = findOpenApplication(applications);
    const shownId = applicationId ?? open?.id ?? null;
    const others = applications.filter((a) => a.id !== shownId);
    const editionId = data?.myProfile?.association.ruleEdition;
    return (
      <>
        {(data?.myEndorsements ?? []).map((e) => (
          <EndorsementCard
            key={e.id}
            endorsement={e}
            targetName={describeTarget(e.level, e.track, editionId)}
          />
        ))}
        {applicationId && open?.id !== applicationId && (
          <Text size="sm">
            This is an earlier application.{' '}
            <Anchor component={Link} to="/application">
              {open ? 'Go to your current application' : 'Start a new application'}
            </Anchor>
          </Text>
        )}
        {shownId ? <ApplicationDetail id={shownId} /> : <StartApplication />}
        <PastApplications
          applications={others}
          title={shownId ? 'Your other applications' : 'Your past applications'}
        />
      </>
    );
  })();

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1}>Your application</Title>
        <Text c="dimmed">Apply for a level, ask your raters, accept the agreements and submit.</Text>
      </div>
      {body}
    </Stack>
  );
};
