import { useMutation } from '@apollo/client/react';
import { targetKey } from '@imh/competencies';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import type { EndorsementStatus, LevelCode, MentorTrack } from '../../../gql/graphql';
import { describeTarget, toTargetInput } from '../../application/level-options';
import { BasisError } from '../../progress/components/basis-error';
import { useProgressBasis } from '../../progress/use-progress-basis';
import { heldTargets, type UpgradeOption, upgradeOptions } from '../upgrade-options';

const UpgradeCard_Start = graphql(`
  mutation UpgradeCard_Start($input: ApplicationTargetInput!) {
    startApplication(input: $input) {
      __typename
      ... on MutationStartApplicationSuccess {
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

type Held = { level: LevelCode; track?: MentorTrack | null; status: EndorsementStatus };

/** The levels above the ones held, judged on today's portfolio, and a way to apply for one. */
export const UpgradeCard = ({ endorsements }: { endorsements: readonly Held[] }) => {
  const headingId = useId();
  const { basis, loading, error, noProfile } = useProgressBasis();
  const options = useMemo(() => (basis ? upgradeOptions(endorsements, basis) : []), [endorsements, basis]);
  if (heldTargets(endorsements).length === 0) return null;

  const body = (() => {
    if (loading) return <Loader aria-label="Checking your portfolio" />;
    if (!basis) return <BasisError error={error} noProfile={noProfile} />;
    // One application at a time: the open one has to finish before another can start.
    if (basis.application) {
      return (
        <Text size="sm">
          You have an application under way.{' '}
          <Anchor component={Link} to="/application">
            Continue your application
          </Anchor>
        </Text>
      );
    }
    if (options.length === 0) return <Text size="sm">You hold the highest level there is.</Text>;
    return <UpgradeList options={options} editionId={basis.ruleEdition.id} />;
  })();

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          Move up a level
        </Title>
        <Text size="sm" c="dimmed">
          Your portfolio today against each level above yours, with the rules the reviewers use. References
          and signed agreements belong to an application: they count once you start one.
        </Text>
        {body}
      </Stack>
    </Card>
  );
};

const UpgradeList = ({ options, editionId }: { options: readonly UpgradeOption[]; editionId: string }) => {
  const navigate = useNavigate();
  const [start] = useMutation(UpgradeCard_Start, {
    // The application page and the portfolio's lock read the list of applications: read it afresh.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myApplications' });
      cache.gc();
    },
  });
  const [starting, setStarting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onStart = async (option: UpgradeOption) => {
    setError(null);
    setStarting(targetKey(option.target));
    try {
      const { level, track } = option.target;
      const { data } = await start({ variables: { input: toTargetInput(level, track ?? 'CLINICAL') } });
      const result = data?.startApplication;
      if (result?.__typename === 'MutationStartApplicationSuccess') {
        await navigate(`/application/${result.data.id}`);
        return;
      }
      if (result) {
        const details = 'fieldErrors' in result ? result.fieldErrors.map((f) => f.message) : [];
        setError([result.message, ...details].join(' '));
      }
    } catch (e) {
      setError(describeRequestError(e));
    } finally {
      setStarting(null);
    }
  };

  return (
    <Stack gap="sm">
      <FormAlert message={error} />
      <Stack
        component="ul"
        gap="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label="Levels above yours"
      >
        {options.map((option) => {
          const key = targetKey(option.target);
          const name = describeTarget(option.target.level, option.target.track, editionId);
          return (
            <Group component="li" key={key} justify="space-between" wrap="wrap" gap="xs">
              <div>
                <Text fw={500}>{name}</Text>
                <Text size="sm" c="dimmed">{`${option.met} of ${option.total} requirements met`}</Text>
              </div>
              <Button
                variant="light"
                onClick={() => onStart(option)}
                loading={starting === key}
                disabled={starting !== null}
              >
                {`Start application for ${name}`}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
};
