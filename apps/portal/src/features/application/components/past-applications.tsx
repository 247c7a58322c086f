import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ApplicationStatus } from '../../../gql/graphql';
import { formatDate } from '../format-date';
import { STATUS_COLORS, STATUS_WORDS } from '../status-words';

type Summary = {
  id: string;
  targetName: string;
  status: ApplicationStatus;
  startedAt: string;
  decidedAt?: string | null;
};

export const PastApplications = ({
  applications,
  title,
}: {
  applications: readonly Summary[];
  title: string;
}) => {
  if (applications.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="past-applications-heading" gap="xs">
      <Title order={2} size="h3" id="past-applications-heading">
        {title}
      </Title>
      <List listStyleType="none" spacing="xs" aria-label={title}>
        {applications.map((a) => (
          <List.Item key={a.id}>
            <Group gap="sm">
              <Anchor component={Link} to={`/application/${a.id}`} fw={500}>
                {a.targetName}
              </Anchor>
              <Badge color={STATUS_COLORS[a.status]} variant="light">
                {STATUS_WORDS[a.status]}
              </Badge>
              <Text size="sm" c="dimmed">
                started {formatDate(a.startedAt)}
                {a.decidedAt && `, decided ${formatDate(a.decidedAt)}`}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
};
