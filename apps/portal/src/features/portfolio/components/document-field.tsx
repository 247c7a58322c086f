import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { DOCUMENT_ACCEPT, formatBytes } from '../model/document-upload';
import type { EntryDocument } from '../sections/section-config';
import { DocumentLink } from './document-link';
import type { DocumentAttachment } from './use-document-attachment';

interface DocumentFieldProps {
  existing: EntryDocument | null;
  attachment: DocumentAttachment;
}

export const DocumentField = ({ existing, attachment }: DocumentFieldProps) => {
  const { file, removed } = attachment;
  const keepsExisting = existing && !file && !removed;
  return (
    <Stack gap={6}>
      {keepsExisting && (
        <Group gap="xs">
          <Text size="sm">Attached:</Text>
          <DocumentLink document={existing} />
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => attachment.setRemoved(true)}>
            Remove document
          </Button>
        </Group>
      )}
      {existing && removed && !file && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {existing.filename} will be removed when you save.
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => attachment.setRemoved(false)}>
            Keep it
          </Button>
        </Group>
      )}
      <FileInput
        label="Attach a document"
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={
          file
            ? `${formatBytes(file.size)}; uploaded when you save${existing && !removed ? `, replacing ${existing.filename}` : ''}.`
            : 'PDF, PNG or JPEG, up to 10 MB: a diploma, certificate, letter or log.'
        }
        placeholder="Choose a file"
        accept={DOCUMENT_ACCEPT}
        clearable
        value={file}
        onChange={attachment.choose}
        error={attachment.error}
      />
    </Stack>
  );
};
