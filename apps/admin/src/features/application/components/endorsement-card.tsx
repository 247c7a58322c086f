import { Alert, Text } from '@mantine/core';
import { formatDate } from '../../queue/format-date';
import type { ApplicationDetail } from './application-query';

const TRACK_WORDS = { CLINICAL: 'Clinical', POLICY: 'Policy', RESEARCH_FACULTY: 'Research/Faculty' };

export const EndorsementCard = ({
  endorsement,
}: {
  endorsement: NonNullable<ApplicationDetail['endorsement']>;
}) => (
  <Alert color="teal" variant="light" title={`Endorsement ${endorsement.number}`}>
    <Text size="sm">
      Level: {endorsement.level}
      {endorsement.track ? ` ${TRACK_WORDS[endorsement.track]}` : ''} · Starts{' '}
      {formatDate(endorsement.startsOn)} · Expires {formatDate(endorsement.expiresOn)}
    </Text>
  </Alert>
);
