import { Alert, Text } from '@mantine/core';
import { formatDate } from '../../application/format-date';
import { RENEWAL_STATUS_WORDS } from '../standing-words';
import type { Endorsement } from './endorsement-card';

type Renewal = NonNullable<Endorsement['standing']['renewal']>;

const COLORS = { SUBMITTED: 'blue', RETURNED: 'orange', APPROVED: 'teal' } as const;

/** Where this year's renewal is with the coordinator; a returned one carries the coordinator's message. */
export const RenewalStatusNotice = ({ renewal }: { renewal: Renewal | null | undefined }) => {
  if (!renewal || renewal.status === 'DRAFT') return null;
  const sent = renewal.submittedAt
    ? `Sent ${formatDate(renewal.submittedAt)}${renewal.late ? '; the late fee applies.' : '.'}`
    : null;
  return (
    <Alert
      color={COLORS[renewal.status]}
      variant="light"
      role={renewal.status === 'RETURNED' ? 'alert' : 'status'}
      title={RENEWAL_STATUS_WORDS[renewal.status]}
      data-testid="renewal-status"
    >
      {renewal.status === 'RETURNED' ? (
        <>
          {renewal.message && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {renewal.message}
            </Text>
          )}
          <Text size="sm" mt={4}>
            Make the changes the coordinator asks for, then submit again.
          </Text>
        </>
      ) : (
        sent && <Text size="sm">{sent}</Text>
      )}
    </Alert>
  );
};
