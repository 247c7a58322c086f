import { Code, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../formatting/format-date-time';
import { formatSnapshot } from '../audit-filter';
import type { AuditRow } from './audit-table';

export const AuditEntryDialog = ({ entry, onClose }: { entry: AuditRow; onClose: () => void }) => (
  <Modal opened onClose={onClose} title={`${entry.action} · entry ${entry.id}`} size="xl" centered>
    <Stack>
      <Text size="sm">
        {formatDateTime(entry.at)} by {entry.actorName ?? 'the system'}
        {entry.ip ? ` from ${entry.ip}` : ''}; {entry.entityType} {entry.entityId ?? ''}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <Title order={3} size="h5">
            Before
          </Title>
          <Code block>{formatSnapshot(entry.before)}</Code>
        </div>
        <div>
          <Title order={3} size="h5">
            After
          </Title>
          <Code block>{formatSnapshot(entry.after)}</Code>
        </div>
      </SimpleGrid>
      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
        Hash {entry.hash}, following {entry.prevHash}
      </Text>
    </Stack>
  </Modal>
);
