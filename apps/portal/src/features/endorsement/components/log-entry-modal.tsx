import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, useForm } from 'react-hook-form';
import { DocumentField } from '../../portfolio/components/document-field';
import { useDocumentAttachment } from '../../portfolio/components/use-document-attachment';
import type { RulesSection } from '../../portfolio/model/with-entry';
import type {
  EntryNode,
  EntryResult,
  SectionConfig,
  SectionEnv,
} from '../../portfolio/sections/section-config';
import { placeLogResult } from '../log-entry-result';

interface LogEntryFormProps<V extends FieldValues, N extends EntryNode, I, S extends RulesSection> {
  /** The portfolio section whose fields, checks and input this form reuses. */
  config: SectionConfig<V, N, I, S>;
  env: SectionEnv;
  year: number;
  /** Sends the entry; resolves to the mutation's result. */
  onLog: (input: I) => Promise<EntryResult | null | undefined>;
  onClose: () => void;
  onSaved: (message: string) => void;
}

const LogEntryForm = <V extends FieldValues, N extends EntryNode, I, S extends RulesSection>({
  config,
  env,
  year,
  onLog,
  onClose,
  onSaved,
}: LogEntryFormProps<V, N, I, S>) => {
  const form = useForm<V>({
    resolver: config.resolver(env.today),
    defaultValues: config.empty() as DefaultValues<V>,
  });
  const attachment = useDocumentAttachment(null);
  const [notice, setNotice] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    if (attachment.error) return;
    try {
      const document = config.withDocument
        ? await attachment.resolve()
        : { ok: true as const, documentId: null };
      // A refused upload has already put its reason on the file input.
      if (!document.ok) return;
      const result = await onLog(config.toInput(values, document.documentId));
      if (!result) return;
      const outcome = placeLogResult(result, form.setError, config.fields);
      if (outcome.saved) {
        attachment.commit();
        onSaved(`Your ${config.noun.one} has been added to your portfolio and counts for ${year}.`);
        return;
      }
      if (outcome.documentError) attachment.setError(outcome.documentError);
      setNotice(outcome.notice);
    } catch (error) {
      setNotice(describeRequestError(error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {`Only hours dated from 1 January to 31 December ${year} count for this renewal. The entry is added to your portfolio too.`}
        </Text>
        <FormAlert message={notice} />
        <config.Fields form={form} env={env} />
        {config.withDocument && <DocumentField existing={null} attachment={attachment} />}
      </Stack>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={form.formState.isSubmitting}>
          Save
        </Button>
      </Group>
    </form>
  );
};

/** Logs one training or reflective supervision entry for the renewal year, with the portfolio's own form. */
export const LogEntryModal = <V extends FieldValues, N extends EntryNode, I, S extends RulesSection>({
  opened,
  title,
  ...props
}: LogEntryFormProps<V, N, I, S> & { opened: boolean; title: string }) => {
  const small = useMediaQuery('(max-width: 48em)');
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={title}
      size="xl"
      fullScreen={small}
      closeOnClickOutside={false}
    >
      {/* Mounted only while open, so each opening starts from an empty form. */}
      {opened && <LogEntryForm {...props} />}
    </Modal>
  );
};
