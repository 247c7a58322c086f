import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { formatLongDay } from '../../application/format-date';
import { describeTarget } from '../../application/level-options';
import { describeFees } from '../renewal-fees';
import { STANDING_COLORS, STANDING_WORDS } from '../standing-words';
import type { Endorsement } from './endorsement-card';

/** The endorsement's name and number, where it stands, and what this year's renewal costs and when. */
export const StandingSummary = ({
  endorsement,
  editionId,
  titleId,
}: {
  endorsement: Endorsement;
  editionId: string;
  titleId: string;
}) => {
  const { standing, policy } = endorsement;
  // Lapsed, inactive and revoked endorsements have no renewal due; their own notices say what is left.
  const due = ['ACTIVE', 'RENEWAL_DUE', 'GRACE'].includes(standing.status);
  const granted = `Granted ${formatLongDay(endorsement.startsOn)}`;
  return (
    <Stack gap={4}>
      <Group gap="sm" align="center">
        <Title order={2} id={titleId}>
          {`${describeTarget(endorsement.level, endorsement.track, editionId)} — ${endorsement.number}`}
        </Title>
        <Badge
          color={STANDING_COLORS[standing.status]}
          variant="light"
          size="lg"
          data-testid="endorsement-standing"
        >
          {STANDING_WORDS[standing.status]}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {endorsement.reinstatedOn
          ? `${granted} · reinstated ${formatLongDay(endorsement.reinstatedOn)}`
          : granted}
      </Text>
      {due && (
        <>
          <Text fw={500}>{`Renewal for ${standing.year} due ${formatLongDay(standing.dueOn)}`}</Text>
          <Text size="sm">{`Late renewal accepted until ${formatLongDay(standing.graceEndsOn)}`}</Text>
          <Text size="sm" c="dimmed">
            {describeFees(policy)}
          </Text>
        </>
      )}
    </Stack>
  );
};
