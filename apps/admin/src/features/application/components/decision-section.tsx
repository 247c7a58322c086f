import { List, Text } from '@mantine/core';
import { allowedDecisions } from '../allowed-decisions';
import type { ApplicationDetail } from './application-query';
import { DecisionForm } from './decision-form';
import { ExamForm } from './exam-form';
import { Section } from './section';

interface DecisionSectionProps {
  application: ApplicationDetail;
  onChanged: () => Promise<unknown>;
}

/** What the coordinator may decide in this status, and the exam result while it is awaited. */
export const DecisionSection = ({ application, onChanged }: DecisionSectionProps) => {
  // The level needs the exam when its requirements list one (the rules' own `exam` requirement).
  const examRequired = application.staffEvaluation?.requirements.some((r) => r.id === 'exam') ?? false;
  const allowed = allowedDecisions(application.status, examRequired);
  const exams = application.exams ?? [];
  if (allowed.length === 0 && application.status !== 'EXAM_PENDING') return null;
  return (
    <Section title="Decision">
      {allowed.length > 0 ? (
        <DecisionForm applicationId={application.id} allowed={allowed} onDecided={onChanged} />
      ) : (
        <Text size="sm">No decision can be recorded in this status.</Text>
      )}
      {application.status === 'EXAM_PENDING' && (
        <>
          {exams.length > 0 && (
            <List size="sm" aria-label="Exam results">
              {exams.map((e) => (
                <List.Item key={e.id}>
                  {e.takenOn}: {e.scorePercent}% — {e.passed ? 'passed' : 'not passed'}
                </List.Item>
              ))}
            </List>
          )}
          <ExamForm applicationId={application.id} onRecorded={onChanged} />
        </>
      )}
    </Section>
  );
};
