import { useMutation } from '@apollo/client/react';
import { FormAlert } from '@imh/ui';
import { Button, Group, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { graphql } from '../../../gql';
import { rscSection } from '../../portfolio/sections/rsc-section';
import type { SectionEnv } from '../../portfolio/sections/section-config';
import { trainingSection } from '../../portfolio/sections/training-section';
import { ProgressBasis_Data } from '../../progress/use-progress-basis';
import type { Endorsement } from './endorsement-card';
import { LogEntryModal } from './log-entry-modal';
import { RscTable, TrainingTable } from './year-entries-tables';

export const YearHoursSection_LogTraining = graphql(`
  mutation YearHoursSection_LogTraining($endorsementId: ID!, $input: TrainingEntryInput!) {
    result: logRenewalTraining(endorsementId: $endorsementId, input: $input) {
      __typename
      ... on MutationLogRenewalTrainingSuccess {
        data {
          id
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const YearHoursSection_LogRsc = graphql(`
  mutation YearHoursSection_LogRsc($endorsementId: ID!, $input: RscEntryInput!) {
    result: logRenewalRsc(endorsementId: $endorsementId, input: $input) {
      __typename
      ... on MutationLogRenewalRscSuccess {
        data {
          id
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

// The checklist counts the new hours, and an upgrade is judged on the same portfolio.
const AFTER_LOGGING = {
  refetchQueries: ['EndorsementPage_Data', ProgressBasis_Data],
  awaitRefetchQueries: true,
};

/** The year's training and reflective supervision, and the forms that add to them. */
export const YearHoursSection = ({ endorsement, env }: { endorsement: Endorsement; env: SectionEnv }) => {
  const headingId = useId();
  const { year } = endorsement.standing;
  const [dialog, setDialog] = useState<'training' | 'rsc' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [logTraining] = useMutation(YearHoursSection_LogTraining, AFTER_LOGGING);
  const [logRsc] = useMutation(YearHoursSection_LogRsc, AFTER_LOGGING);
  const endorsementId = endorsement.id;

  const open = (kind: 'training' | 'rsc') => {
    setNotice(null);
    setDialog(kind);
  };
  const close = () => setDialog(null);
  const saved = (message: string) => {
    close();
    setNotice(message);
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={3} id={headingId}>
          {`Hours logged for ${year}`}
        </Title>
        <Group gap="xs">
          <Button onClick={() => open('training')}>Log training</Button>
          <Button variant="light" onClick={() => open('rsc')}>
            Log reflective supervision
          </Button>
        </Group>
      </Group>
      <FormAlert message={notice} tone="success" />
      <TrainingTable year={year} trainings={endorsement.yearTrainings} />
      <RscTable year={year} entries={endorsement.yearRsc} />
      <LogEntryModal
        opened={dialog === 'training'}
        title={`Log training for ${year}`}
        config={trainingSection}
        env={env}
        year={year}
        onLog={async (input) => (await logTraining({ variables: { endorsementId, input } })).data?.result}
        onClose={close}
        onSaved={saved}
      />
      <LogEntryModal
        opened={dialog === 'rsc'}
        title={`Log reflective supervision for ${year}`}
        config={rscSection}
        env={env}
        year={year}
        onLog={async (input) => (await logRsc({ variables: { endorsementId, input } })).data?.result}
        onClose={close}
        onSaved={saved}
      />
    </Stack>
  );
};
