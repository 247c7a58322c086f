import type { Edition, Target } from '@imh/competencies';
import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { targetName } from '../model/progress-basis';

interface QualifiedLevelsCardProps {
  edition: Edition;
  satisfied: readonly Target[];
  /** Without an application there are no references or signed agreements to count yet. */
  hasApplication: boolean;
}

export const QualifiedLevelsCard = ({ edition, satisfied, hasApplication }: QualifiedLevelsCardProps) => (
  <Paper withBorder p="md" radius="md" component="section" aria-labelledby="qualified-levels-heading">
    <Stack gap="xs">
      <Title order={2} size="h4" id="qualified-levels-heading">
        Levels you qualify for now
      </Title>
      {satisfied.length > 0 ? (
        <List size="sm" aria-labelledby="qualified-levels-heading">
          {satisfied.map((target) => (
            <List.Item key={`${target.level}-${target.track ?? ''}`}>{targetName(edition, target)}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">You do not meet every requirement of any level yet.</Text>
      )}
      {!hasApplication && (
        <Text size="xs" c="dimmed">
          Every level asks for three references and signed agreements, which belong to an application: they
          count here once you have started one.
        </Text>
      )}
    </Stack>
  </Paper>
);
