import { type ChecklistItem, RequirementChecklist } from '@imh/ui';
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { fromServerStatus } from '../../progress/live-evaluation';
import type { Endorsement } from './endorsement-card';

type Evaluation = Endorsement['renewalEvaluation'];

const toItems = (evaluation: Evaluation): ChecklistItem[] =>
  evaluation.requirements.map((r) => ({
    id: r.id,
    label: r.label,
    status: fromServerStatus(r.status),
    progress: r.progress,
    reasons: r.reasons,
  }));

/** The server's judgement of the year: what submitting (or asking to be reinstated) is checked against. */
export const RenewalRequirements = ({ evaluation, lapsed }: { evaluation: Evaluation; lapsed: boolean }) => {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {`Renewal for ${evaluation.year}`}
      </Title>
      <Text size="sm" c="dimmed">
        {lapsed
          ? `Your portfolio today, judged as a late renewal of ${evaluation.year} would be.`
          : `Your portfolio today, judged by the renewal rules for ${evaluation.year}.`}
      </Text>
      <RequirementChecklist label={`Requirements for ${evaluation.year}`} items={toItems(evaluation)} />
    </Stack>
  );
};
