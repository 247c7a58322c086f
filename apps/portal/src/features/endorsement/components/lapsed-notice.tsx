import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatLongDay } from '../../application/format-date';
import type { Endorsement } from './endorsement-card';

/** After a lapse: how to ask to be reinstated while the association allows it, else to apply again. */
export const LapsedNotice = ({ endorsement }: { endorsement: Endorsement }) => {
  const { standing, policy } = endorsement;
  const lapsedOn = standing.lapsedOn ?? endorsement.lapsedOn;
  if (standing.canReinstate && lapsedOn && standing.reinstateUntil) {
    return (
      <Alert color="orange" variant="light" data-testid="lapsed-notice">
        <Text size="sm">
          {`Your endorsement lapsed on ${formatLongDay(lapsedOn)}. You can ask to be reinstated until ${formatLongDay(standing.reinstateUntil)}: complete the ${standing.year} requirements above, sign, and send the request. The association also asks for ${policy.reinstatementReferences} new references, a processing fee and membership.`}
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" data-testid="lapsed-notice">
      <Text size="sm">
        This endorsement has lapsed.{' '}
        <Anchor component={Link} to="/application" size="sm">
          Apply for the endorsement again.
        </Anchor>
      </Text>
    </Alert>
  );
};
