import { RequirementChecklist } from '@imh/ui';
import { Alert, List, Text } from '@mantine/core';
import { toChecklistItems } from '../../application/checklist-items';
import { Section } from '../../application/components/section';
import { formatDateTime } from '../../formatting/format-date-time';
import { formatDate } from '../../queue/format-date';
import { renewalKindWords } from '../standing-words';
import type { OpenRenewal } from './renewal-query';

/**
 * The open year's renewal once the endorsee has sent it: what they signed, whether it came late, and
 * the requirements as judged on the day they submitted (which is what the coordinator approves).
 */
export const OpenRenewalSection = ({ renewal, year }: { renewal: OpenRenewal; year: number }) => {
  if (renewal.status === 'RETURNED') {
    return (
      <Section title="Returned renewal">
        <Alert color="yellow" variant="light" title="Returned to the endorsee">
          {renewal.message}
        </Alert>
      </Section>
    );
  }
  if (renewal.status !== 'SUBMITTED') return null;
  const kind = renewalKindWords[renewal.kind];
  return (
    <Section title="Submitted renewal">
      <List size="sm" spacing={4} aria-label="Submission">
        <List.Item>
          {kind} for {year}, submitted {formatDateTime(renewal.submittedAt)}
        </List.Item>
        <List.Item>
          {renewal.late ? 'Late: submitted after the due date, so the late fee applies' : 'On time'}
        </List.Item>
        <List.Item>Code of ethics signed {formatDate(renewal.codeOfEthicsAcceptedAt)}</List.Item>
        <List.Item>Endorsement agreement signed {formatDate(renewal.agreementAcceptedAt)}</List.Item>
        <List.Item>No licensing-board sanction attested {formatDate(renewal.noSanctionAttestedAt)}</List.Item>
      </List>
      {renewal.evaluation ? (
        <RequirementChecklist
          label={`Requirements for ${renewal.evaluation.year} as submitted`}
          items={toChecklistItems(renewal.evaluation.requirements)}
        />
      ) : (
        <Text size="sm">The requirements were not recorded with this submission.</Text>
      )}
    </Section>
  );
};
