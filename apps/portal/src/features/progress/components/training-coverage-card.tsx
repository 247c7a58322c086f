import type { TrainingCoverage } from '@imh/competencies';
import { Paper, Progress, Stack, Text, Title } from '@mantine/core';

/** How many competency areas the trainings touch: guidance for the applicant, not a requirement. */
export const TrainingCoverageCard = ({ coverage }: { coverage: TrainingCoverage }) => {
  const covered = coverage.covered.length;
  const total = covered + coverage.missing.length;
  const sentence = `Training covers ${covered} of ${total} competency areas`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="training-coverage-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="training-coverage-heading">
          Training coverage
        </Title>
        <Text size="sm">{sentence}</Text>
        <Progress value={total === 0 ? 0 : (covered / total) * 100} aria-label={sentence} />
        {coverage.missing.length > 0 && (
          <Text size="xs" c="dimmed">
            Not yet covered: {coverage.missing.map((m) => m.name).join(', ')}. References also show these
            areas; training is one way to document them.
          </Text>
        )}
      </Stack>
    </Paper>
  );
};
