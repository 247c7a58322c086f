import { describeRequestError } from '@imh/ui';
import { Alert, Anchor, Text } from '@mantine/core';
import { UnknownEditionError } from '../use-progress-basis';

/** Why the portfolio could not be judged: no applicant profile, an unknown edition, or a failed request. */
export const BasisError = ({ error, noProfile }: { error: unknown; noProfile: boolean }) => {
  if (noProfile) {
    return (
      <Alert color="blue" variant="light">
        <Text>
          Your account has no applicant profile. If you work with applications, use the{' '}
          <Anchor href="/admin/">admin console</Anchor>.
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert">
      {error instanceof UnknownEditionError ? error.message : describeRequestError(error)}
    </Alert>
  );
};
