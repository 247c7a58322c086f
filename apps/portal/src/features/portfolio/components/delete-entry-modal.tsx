import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { ProgressBasis_Data } from '../../progress/use-progress-basis';
import type { RulesSection } from '../model/with-entry';
import type { EntryNode, SectionConfig } from '../sections/section-config';
import { usePortfolioContext } from './portfolio-context';
import { useDiscardDocument } from './use-document-attachment';

interface DeleteEntryModalProps<V extends FieldValues, N extends EntryNode, I, S extends RulesSection> {
  config: SectionConfig<V, N, I, S>;
  node: N | null;
  opened: boolean;
  onClose: () => void;
  onDeleted: (message: string) => void;
}

export const DeleteEntryModal = <V extends FieldValues, N extends EntryNode, I, S extends RulesSection>({
  config,
  node,
  opened,
  onClose,
  onDeleted,
}: DeleteEntryModalProps<V, N, I, S>) => {
  const { markLocked } = usePortfolioContext();
  const [remove, { loading }] = useMutation(config.remove, {
    refetchQueries: [config.list, ProgressBasis_Data],
    awaitRefetchQueries: true,
  });
  const discardDocument = useDiscardDocument();
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!node) return;
    setError(null);
    try {
      const { data } = await remove({ variables: { id: node.id } });
      const result = data?.result;
      if (!result) return;
      if (result.__typename.startsWith('Mutation')) {
        // The document was evidence for this entry only; without it, it would only take up space.
        if (node.document) discardDocument(node.document.id);
        setError(null);
        onDeleted(`The ${config.noun.one} has been deleted.`);
        return;
      }
      const message = result.message ?? 'The entry could not be deleted.';
      if (result.__typename === 'ConflictError') markLocked(message);
      setError(message);
    } catch (caught) {
      setError(describeRequestError(caught));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={`Delete this ${config.noun.one}?`}>
      <Stack gap="md">
        <FormAlert message={error} />
        {node && (
          <Text size="sm">
            {config.describe(node)} will be removed from your portfolio
            {node.document ? `, together with its document ${node.document.filename}` : ''}. This cannot be
            undone.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" onClick={confirm} loading={loading}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
