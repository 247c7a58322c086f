import { satisfiedLevels, type Target, trainingCoverage } from '@imh/competencies';
import { RequirementChecklist } from '@imh/ui';
import { Grid, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { evaluateLive } from '../live-evaluation';
import { targetName } from '../model/progress-basis';
import { type ProgressBasis, useProgressBasis } from '../use-progress-basis';
import { BasisError } from './basis-error';
import { QualifiedLevelsCard } from './qualified-levels-card';
import { TargetSelect } from './target-select';
import { TrainingCoverageCard } from './training-coverage-card';

const ProgressView = ({ basis }: { basis: ProgressBasis }) => {
  const [target, setTarget] = useState<Target>(basis.defaultTarget);
  const { portfolio, edition, asOf } = basis;
  // All three are computed here, from the same rules the API runs: a new target shows at once.
  const result = useMemo(
    () => evaluateLive(portfolio, target, edition.id, asOf),
    [portfolio, target, edition, asOf],
  );
  const coverage = useMemo(
    () => trainingCoverage(portfolio, target, { asOf, edition }),
    [portfolio, target, edition, asOf],
  );
  const satisfied = useMemo(
    () => satisfiedLevels(portfolio, { asOf, edition }).satisfied,
    [portfolio, edition, asOf],
  );

  return (
    <Stack gap="lg">
      <TargetSelect edition={edition} value={target} onChange={setTarget} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" radius="md">
            <RequirementChecklist
              items={result.requirements}
              label={`Requirements for ${targetName(edition, target)}`}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <TrainingCoverageCard coverage={coverage} />
            <QualifiedLevelsCard
              edition={edition}
              satisfied={satisfied}
              hasApplication={basis.application !== null}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
};

export const ProgressPage = () => {
  const { basis, loading, error, noProfile } = useProgressBasis();
  const body = (() => {
    if (basis) return <ProgressView basis={basis} />;
    if (loading) return <Loader aria-label="Loading your progress" />;
    return <BasisError error={error} noProfile={noProfile} />;
  })();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>Your progress</Title>
        <Text c="dimmed">
          Your portfolio checked against a level with the rules the reviewers use, as of today. Change the
          level to see what each one asks for.
        </Text>
      </div>
      {body}
    </Stack>
  );
};
