import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatDay } from '../format-date';

type Endorsement = { number: string; startsOn: string; expiresOn: string };

/** The credential itself, once granted: what the person quotes to employers and renews each year. */
export const EndorsementCard = ({
  endorsement,
  targetName,
}: {
  endorsement: Endorsement;
  targetName: string;
}) => (
  <Card withBorder radius="md" padding="lg" aria-labelledby="endorsement-title">
    <Stack gap={4}>
      <Title order={3} id="endorsement-title">
        Your Endorsement
      </Title>
      <Text fw={600}>{targetName}</Text>
      <Group gap="xl">
        <Text size="sm">
          Number <strong data-testid="endorsement-number">{endorsement.number}</strong>
        </Text>
        <Text size="sm">Granted {formatDay(endorsement.startsOn)}</Text>
        <Text size="sm">Renew by {formatDay(endorsement.expiresOn)}</Text>
      </Group>
    </Stack>
  </Card>
);
