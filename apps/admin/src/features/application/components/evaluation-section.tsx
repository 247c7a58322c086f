import { type ChecklistItem, RequirementChecklist } from '@imh/ui';
import { Text } from '@mantine/core';
import type { RequirementStatus } from '../../../gql/graphql';
import type { ApplicationDetail } from './application-query';
import { Section } from './section';

const CHECKLIST_STATUS: Record<RequirementStatus, ChecklistItem['status']> = {
  MET: 'met',
  NOT_MET: 'not_met',
  PENDING: 'pending',
};

/** The rules' judgement of the latest round, frozen at its submission date. */
export const EvaluationSection = ({ application }: { application: ApplicationDetail }) => {
  const evaluation = application.staffEvaluation;
  return (
    <Section title="Evaluation">
      {evaluation ? (
        <>
          <Text size="sm" c="dimmed">
            Judged as of {evaluation.asOf}, the date of the latest submission.
          </Text>
          <RequirementChecklist
            label={`Requirements for ${application.targetName}`}
            items={evaluation.requirements.map((r) => ({ ...r, status: CHECKLIST_STATUS[r.status] }))}
          />
        </>
      ) : (
        <Text>Not submitted yet.</Text>
      )}
    </Section>
  );
};
