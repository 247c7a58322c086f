import { RequirementChecklist } from '@imh/ui';
import { Text } from '@mantine/core';
import { toChecklistItems } from '../checklist-items';
import type { ApplicationDetail } from './application-query';
import { Section } from './section';

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
            items={toChecklistItems(evaluation.requirements)}
          />
        </>
      ) : (
        <Text>Not submitted yet.</Text>
      )}
    </Section>
  );
};
