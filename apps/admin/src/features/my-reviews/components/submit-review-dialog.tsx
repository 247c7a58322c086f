import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { missingForSubmit, type ReviewFormValues, type RubricDomain } from '../review-form-values';

interface SubmitReviewButtonProps {
  domains: readonly RubricDomain[];
  values: () => ReviewFormValues;
  onConfirm: () => void;
  loading: boolean;
}

/** Submitting cannot be undone, so it is confirmed; what is still missing is named before the server refuses. */
export const SubmitReviewButton = ({ domains, values, onConfirm, loading }: SubmitReviewButtonProps) => {
  const [missing, setMissing] = useState<string[] | null>(null);
  const close = () => setMissing(null);

  return (
    <>
      <Button
        onClick={() => setMissing(missingForSubmit(domains, values()).map((m) => m.message))}
        loading={loading}
      >
        Submit review
      </Button>
      <Modal opened={missing !== null} onClose={close} title="Submit this review?" centered>
        <Stack>
          <Text>Once submitted, the review is read-only and the coordinators are told it is ready.</Text>
          {missing && missing.length > 0 && (
            <>
              <Text fw={500}>The review is not complete yet:</Text>
              <List size="sm">
                {missing.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              onClick={() => {
                close();
                onConfirm();
              }}
            >
              Submit review
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};
