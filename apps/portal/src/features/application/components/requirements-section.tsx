import { type ChecklistItem, RequirementChecklist } from '@imh/ui';
import { Stack, Text, Title } from '@mantine/core';
import type { ApplicationDetail_ApplicationFragment } from '../../../gql/graphql';
import { fromServerStatus } from '../../progress/live-evaluation';
import { ChangeTargetForm } from './change-target-form';

type Application = ApplicationDetail_ApplicationFragment;

const toItems = (application: Application): ChecklistItem[] =>
  application.evaluation.requirements.map((r) => ({
    id: r.id,
    label: r.label,
    status: fromServerStatus(r.status),
    progress: r.progress,
    reasons: r.reasons,
  }));

/** The server's judgement, not the browser's: this is what decides whether the application can go in. */
export const RequirementsSection = ({ application }: { application: Application }) => (
  <Stack component="section" aria-labelledby="requirements-heading" gap="sm">
    <Title order={3} id="requirements-heading">
      Requirements
    </Title>
    <Text size="sm" c="dimmed">
      {!application.editable && application.submissions.length > 0
        ? 'Your portfolio as you submitted it, judged by the rules your application is reviewed by.'
        : 'Your portfolio as it stands today, judged by the rules your application is reviewed by.'}
    </Text>
    <RequirementChecklist label={`Requirements for ${application.targetName}`} items={toItems(application)} />
    {application.status === 'DRAFT' && <ChangeTargetForm application={application} />}
  </Stack>
);
