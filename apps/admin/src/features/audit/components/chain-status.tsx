import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Loader } from '@mantine/core';
import { graphql } from '../../../gql';

const ChainStatus_Status = graphql(`
  query ChainStatus_Status {
    auditChainStatus {
      ok
      firstBrokenId
      checkedEntries
    }
  }
`);

/** Re-checks every hash of the log on each visit, so a tampered entry is seen before any is trusted. */
export const ChainStatus = () => {
  const { data, loading, error } = useQuery(ChainStatus_Status, { fetchPolicy: 'network-only' });
  if (loading && !data) return <Loader size="sm" aria-label="Checking the audit chain" />;
  if (error)
    return (
      <Alert color="red" variant="light" role="alert" title="The audit chain could not be checked">
        {describeRequestError(error)}
      </Alert>
    );
  const status = data?.auditChainStatus;
  if (!status) return null;
  if (status.ok)
    return (
      <Alert color="teal" variant="light" role="status">
        The audit chain is intact: {status.checkedEntries} entries checked.
      </Alert>
    );
  return (
    <Alert color="red" variant="filled" role="alert" title="The audit chain is broken">
      Entry {status.firstBrokenId ?? '(unknown)'} does not match the hash chain: it or an entry before it was
      changed or removed after it was written. {status.checkedEntries} entries checked.
    </Alert>
  );
};
