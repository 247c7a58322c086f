import { useMutation, useQuery } from '@apollo/client/react';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { LevelCode, MentorTrack } from '../../../gql/graphql';
import { describeTarget, toTargetInput } from '../level-options';
import { TARGET_FIELDS, TargetSelects, type TargetValues } from './target-selects';

const StartApplication_SatisfiedLevels = graphql(`
  query StartApplication_SatisfiedLevels {
    mySatisfiedLevels {
      level
      track
    }
    myProfile {
      id
      association {
        id
        ruleEdition
      }
    }
  }
`);

const StartApplication_Start = graphql(`
  mutation StartApplication_Start($input: ApplicationTargetInput!) {
    startApplication(input: $input) {
      __typename
      ... on MutationStartApplicationSuccess {
        data {
          ...ApplicationDetail_Application
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

const ORDER: readonly LevelCode[] = ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM'];

type Target = { level: LevelCode; track?: MentorTrack | null };

/** The highest level the portfolio meets is the likeliest choice; without one, the first level. */
const suggestedTarget = (levels: readonly Target[]): TargetValues => {
  const highest = [...levels].sort((a, b) => ORDER.indexOf(b.level) - ORDER.indexOf(a.level))[0];
  return { level: highest?.level ?? 'IFA', track: highest?.track ?? 'CLINICAL' };
};

export const StartApplication = () => {
  // The portfolio changes on other pages; judge it afresh each time this form shows.
  const { data, loading, error } = useQuery(StartApplication_SatisfiedLevels, {
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loader aria-label="Checking your portfolio" />;
  const levels = data?.mySatisfiedLevels ?? [];
  const editionId = data?.myProfile?.association.ruleEdition ?? null;

  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-labelledby="satisfied-heading">
        <Title order={2} size="h3" id="satisfied-heading">
          What your portfolio meets today
        </Title>
        {error && !data ? (
          <FormAlert message={describeRequestError(error)} />
        ) : levels.length > 0 ? (
          <>
            <Text size="sm">Your portfolio meets every requirement we can check before you apply for:</Text>
            <List size="sm" aria-label="What your portfolio meets">
              {levels.map((l) => (
                <List.Item key={`${l.level}-${l.track ?? ''}`}>
                  {describeTarget(l.level, l.track, editionId)}
                </List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">
            Your portfolio does not meet every requirement of any level yet. You can still start an
            application: its checklist shows what is missing.
          </Text>
        )}
      </Stack>
      <StartForm initial={suggestedTarget(levels)} editionId={editionId} />
    </Stack>
  );
};

const StartForm = ({ initial, editionId }: { initial: TargetValues; editionId: string | null }) => {
  const [start] = useMutation(StartApplication_Start, {
    refetchQueries: ['ApplicationPage_Applications'],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<string | null>(null);
  const form = useForm<TargetValues>({ defaultValues: initial });

  const onSubmit = form.handleSubmit(async ({ level, track }) => {
    setError(null);
    try {
      const { data } = await start({ variables: { input: toTargetInput(level, track) } });
      const result = data?.startApplication;
      if (result && result.__typename !== 'MutationStartApplicationSuccess') {
        setError(applyResultError(result, form.setError, TARGET_FIELDS));
      }
    } catch (e) {
      setError(describeRequestError(e));
    }
  });

  return (
    <Paper withBorder p="md" maw={640}>
      <form onSubmit={onSubmit} noValidate aria-label="Start an application">
        <Stack gap="sm">
          <Title order={2} size="h3">
            Start an application
          </Title>
          <Text size="sm">Choose the level you are applying for. You can change it until you submit.</Text>
          <FormAlert message={error} />
          <TargetSelects form={form} editionId={editionId} />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Start application
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
