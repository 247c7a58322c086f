import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { RequireRole } from '../../shell/components/require-role';
import { EndorsementDetails } from './endorsement-details';
import { OpenRenewalSection } from './open-renewal-section';
import { PastRenewalsSection } from './past-renewals-section';
import { RenewalActions } from './renewal-actions';
import { RenewalPage_Endorsement } from './renewal-query';
import { RequirementsTodaySection } from './requirements-today-section';

const BackLink = () => (
  <Anchor component={Link} to="/renewals" size="sm">
    ← Renewals
  </Anchor>
);

const RenewalDetail = () => {
  const { endorsementId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RenewalPage_Endorsement, {
    variables: { id: endorsementId },
    // The endorsee may submit, and other coordinators decide, while this page is closed.
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <Loader aria-label="Loading the endorsement" />;
  const endorsement = data?.managedEndorsement;
  if (error || !endorsement) {
    return (
      <Stack>
        <Title order={1}>Renewal</Title>
        <Alert color={error ? 'red' : 'yellow'} variant="light" role="alert">
          {error ? describeRequestError(error) : 'This endorsement does not exist, or is not yours to see.'}
        </Alert>
        <BackLink />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <BackLink />
      <div>
        <Title order={1}>
          {endorsement.holderName} — {endorsement.number}
        </Title>
        <Text c="dimmed">Renewal year {endorsement.standing.year}</Text>
      </div>
      <RenewalActions endorsement={endorsement} onChanged={() => refetch()} />
      <EndorsementDetails endorsement={endorsement} />
      {endorsement.standing.renewal && (
        <OpenRenewalSection renewal={endorsement.standing.renewal} year={endorsement.standing.year} />
      )}
      <RequirementsTodaySection endorsement={endorsement} />
      <PastRenewalsSection renewals={endorsement.renewals} />
    </Stack>
  );
};

/** One endorsement's renewal as the coordinator handles it: where it stands, what was sent, what to do. */
export const RenewalPage = () => (
  <RequireRole requiredRole="COORDINATOR" title="Renewal">
    <RenewalDetail />
  </RequireRole>
);
