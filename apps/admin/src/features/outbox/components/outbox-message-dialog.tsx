import { Code, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../formatting/format-date-time';
import type { OutboxMessage } from './outbox-page';

interface OutboxMessageDialogProps {
  message: OutboxMessage;
  onClose: () => void;
}

export const OutboxMessageDialog = ({ message, onClose }: OutboxMessageDialogProps) => (
  <Modal opened onClose={onClose} title={message.subject} size="lg" centered>
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="xs">
        <Text size="sm" c="dimmed">
          To
        </Text>
        <Text size="sm">{message.toAddress}</Text>
        <Text size="sm" c="dimmed">
          Status
        </Text>
        <Text size="sm">
          {message.status} ({message.attempts} {message.attempts === 1 ? 'attempt' : 'attempts'})
        </Text>
        <Text size="sm" c="dimmed">
          Created
        </Text>
        <Text size="sm">{formatDateTime(message.createdAt)}</Text>
        <Text size="sm" c="dimmed">
          Sent
        </Text>
        <Text size="sm">{formatDateTime(message.sentAt)}</Text>
        {message.lastError && (
          <>
            <Text size="sm" c="dimmed">
              Last error
            </Text>
            <Text size="sm">{message.lastError}</Text>
          </>
        )}
      </SimpleGrid>
      {/* Plain text as written, links included, so a developer can follow a reset link from here. */}
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="outbox-body">
        {message.textBody}
      </Code>
    </Stack>
  </Modal>
);
