import { useMutation } from '@apollo/client/react';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Box, Button, Grid, Group, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, useForm } from 'react-hook-form';
import { ProgressBasis_Data } from '../../progress/use-progress-basis';
import type { RulesSection } from '../model/with-entry';
import type { EntryNode, EntryResult, SectionConfig } from '../sections/section-config';
import { DocumentField } from './document-field';
import { usePortfolioContext } from './portfolio-context';
import { SaveProgressPanel } from './save-progress-panel';
import { useDocumentAttachment } from './use-document-attachment';

interface EntryFormProps<V extends FieldValues, N extends EntryNode, I, S extends RulesSection> {
  config: SectionConfig<V, N, I, S>;
  /** The entry being edited; null to add one. */
  node: N | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}

const isSuccess = (result: EntryResult) => result.__typename.startsWith('Mutation');

const EntryForm = <V extends FieldValues, N extends EntryNode, I, S extends RulesSection>({
  config,
  node,
  onClose,
  onSaved,
}: EntryFormProps<V, N, I, S>) => {
  const { basis, env, locked, markLocked } = usePortfolioContext();
  const form = useForm<V>({
    resolver: config.resolver(env.today),
    defaultValues: (node ? config.toValues(node, env) : config.empty()) as DefaultValues<V>,
  });
  const attachment = useDocumentAttachment(node?.document ?? null);
  const [notice, setNotice] = useState<string | null>(null);
  // New and removed entries change the list; every save changes what the rules see.
  const [create] = useMutation(config.create, {
    refetchQueries: [config.list, ProgressBasis_Data],
    awaitRefetchQueries: true,
  });
  const [update] = useMutation(config.update, {
    refetchQueries: [ProgressBasis_Data],
    awaitRefetchQueries: true,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    if (attachment.error) return;
    try {
      const document = config.withDocument
        ? await attachment.resolve()
        : { ok: true as const, documentId: null };
      if (!document.ok) {
        if (document.status === 409) markLocked(document.message);
        return;
      }
      const input = config.toInput(values, document.documentId);
      const { data } = node
        ? await update({ variables: { id: node.id, input } })
        : await create({ variables: { input } });
      const result = data?.result;
      if (!result) return;
      if (isSuccess(result)) {
        attachment.commit();
        onSaved(node ? `Your ${config.noun.one} has been saved.` : `Your ${config.noun.one} has been added.`);
        return;
      }
      const message = result.message ?? 'The entry could not be saved.';
      if (result.__typename === 'ConflictError') markLocked(message);
      const documentError = result.fieldErrors?.find((e) => e.path.split('.').pop() === 'documentId');
      if (documentError) attachment.setError(documentError.message);
      const others = result.fieldErrors?.filter((e) => e !== documentError);
      const unplaced = applyResultError(
        { __typename: result.__typename, message, fieldErrors: others },
        form.setError,
        config.fields,
      );
      if (others?.length === 0 && documentError) return;
      setNotice(unplaced ?? 'Please correct the fields marked below.');
    } catch (error) {
      setNotice(describeRequestError(error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <FormAlert message={notice} />
            <config.Fields form={form} env={env} />
            {config.withDocument && (
              <DocumentField existing={node?.document ?? null} attachment={attachment} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {/* Stays in view while a long form scrolls past it. */}
          <Box pos="sticky" top={0}>
            <SaveProgressPanel config={config} form={form} node={node} basis={basis} env={env} />
          </Box>
        </Grid.Col>
      </Grid>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={form.formState.isSubmitting} disabled={locked}>
          Save
        </Button>
      </Group>
    </form>
  );
};

interface EntryFormModalProps<V extends FieldValues, N extends EntryNode, I, S extends RulesSection>
  extends EntryFormProps<V, N, I, S> {
  opened: boolean;
}

/** Add or edit one entry of a section, with the progress it would make beside the form. */
export const EntryFormModal = <V extends FieldValues, N extends EntryNode, I, S extends RulesSection>({
  opened,
  ...props
}: EntryFormModalProps<V, N, I, S>) => {
  const small = useMediaQuery('(max-width: 48em)');
  const { config, node } = props;
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={node ? `Edit ${config.noun.one}` : config.addLabel}
      size="72rem"
      fullScreen={small}
      closeOnClickOutside={false}
    >
      {/* Keyed so each opening starts from the entry's saved values. */}
      {opened && <EntryForm key={node?.id ?? 'new'} {...props} />}
    </Modal>
  );
};
