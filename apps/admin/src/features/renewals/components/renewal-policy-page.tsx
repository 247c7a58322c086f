import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../../gql';
import { Section } from '../../application/components/section';
import { RequireRole } from '../../shell/components/require-role';
import { RenewalPolicyForm } from './renewal-policy-form';

export const RenewalPolicyPage_Associations = graphql(`
  query RenewalPolicyPage_Associations {
    coordinatedAssociations {
      id
      name
      renewalPolicy {
        graceDays
        reminderDays
        reinstatementDays
        reinstatementReferences
        renewalFee
        lateFee
        timeZone
      }
    }
  }
`);

const Policies = () => {
  const { data, loading, error } = useQuery(RenewalPolicyPage_Associations);
  if (loading && !data) return <Loader aria-label="Loading the renewal policy" />;
  if (error) {
    return (
      <Alert color="red" variant="light" role="alert">
        {describeRequestError(error)}
      </Alert>
    );
  }
  const associations = data?.coordinatedAssociations ?? [];
  if (associations.length === 0) return <Text>You coordinate no association.</Text>;
  return associations.map((association) => (
    <Section key={association.id} title={association.name}>
      <RenewalPolicyForm associationId={association.id} policy={association.renewalPolicy} />
    </Section>
  ));
};

/** Each coordinated association's renewal settings: grace, reminders, reinstatement and fees. */
export const RenewalPolicyPage = () => (
  <RequireRole requiredRole="COORDINATOR" title="Renewal policy">
    <Stack gap="lg">
      <div>
        <Title order={1}>Renewal policy</Title>
        <Text c="dimmed">
          Applies to every endorsement of the association; a new grace period moves current late-renewal dates
          at once.
        </Text>
      </div>
      <Policies />
    </Stack>
  </RequireRole>
);
