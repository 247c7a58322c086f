import { FormAlert } from '@imh/ui';
import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

export interface PendingOverride {
  reviewerId: string;
  reviewerName: string;
  reasons: ReadonlyArray<{ kind: string; detail: string }>;
}

interface OverrideModalProps {
  pending: PendingOverride;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<string | null>;
}

/** Assigning despite a conflict of interest needs a reason, which the audit log keeps. */
export const OverrideModal = ({ pending, onCancel, onConfirm }: OverrideModalProps) => {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!reason.trim()) {
      setError('Give the reason for assigning despite the conflict.');
      return;
    }
    setBusy(true);
    setError(await onConfirm(reason.trim()));
    setBusy(false);
  };

  return (
    <Modal opened onClose={onCancel} title={`Conflict of interest: ${pending.reviewerName}`} centered>
      <Stack>
        <FormAlert message={error} />
        <Text size="sm">{pending.reviewerName} has a conflict with this applicant:</Text>
        <List size="sm" c="red">
          {pending.reasons.map((r) => (
            <List.Item key={r.kind + r.detail}>
              {pending.reviewerName} {r.detail}
            </List.Item>
          ))}
        </List>
        <Textarea
          label="Reason for override"
          description="Recorded in the audit log."
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={busy}>
            Assign anyway
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
