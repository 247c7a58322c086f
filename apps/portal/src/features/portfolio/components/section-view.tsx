import { describeRequestError, FormAlert } from '@imh/ui';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { describeShown } from '../model/pagination';
import type { RulesSection } from '../model/with-entry';
import type { EntryNode, SectionConfig } from '../sections/section-config';
import { DeleteEntryModal } from './delete-entry-modal';
import { EntryFormModal } from './entry-form-modal';
import { EntryList } from './entry-list';
import { usePortfolioContext } from './portfolio-context';
import { useSectionList } from './use-section-list';

type Dialog<N> = { kind: 'form' | 'delete'; node: N | null; open: boolean };

/** One portfolio section: its entries, a page at a time, and adding, editing and deleting them. */
export const SectionView = <V extends FieldValues, N extends EntryNode, I, S extends RulesSection>({
  config,
}: {
  config: SectionConfig<V, N, I, S>;
}) => {
  const { env, locked } = usePortfolioContext();
  const list = useSectionList(config.list);
  // The entry stays while a dialog closes, so its title does not change during the animation.
  const [dialog, setDialog] = useState<Dialog<N>>({ kind: 'form', node: null, open: false });
  const [notice, setNotice] = useState<string | null>(null);
  const open = (kind: Dialog<N>['kind'], node: N | null) => {
    setNotice(null);
    setDialog({ kind, node, open: true });
  };
  const close = () => setDialog((d) => ({ ...d, open: false }));
  const done = (message: string) => {
    close();
    setNotice(message);
  };

  const body = (() => {
    if (list.loading) return <Loader aria-label={`Loading your ${config.noun.many}`} />;
    if (list.error && !list.loaded) {
      return (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(list.error)}
        </Alert>
      );
    }
    if (list.nodes.length === 0) {
      return (
        <Paper withBorder p="lg" radius="md">
          <Text c="dimmed">No {config.noun.many} yet.</Text>
        </Paper>
      );
    }
    return (
      <Stack gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {describeShown(list.nodes.length, list.totalCount, config.noun)}
        </Text>
        <EntryList
          nodes={list.nodes}
          columns={config.columns}
          withDocument={config.withDocument}
          env={env}
          onEdit={locked ? undefined : (node) => open('form', node)}
          onDelete={locked ? undefined : (node) => open('delete', node)}
          label={config.title}
        />
        {list.hasNextPage && (
          <Group>
            <Button variant="default" onClick={list.loadMore} loading={list.loadingMore}>
              Load more
            </Button>
          </Group>
        )}
      </Stack>
    );
  })();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>{config.title}</Title>
          <Text c="dimmed" size="sm">
            {config.intro}
          </Text>
        </div>
        {!locked && <Button onClick={() => open('form', null)}>{config.addLabel}</Button>}
      </Group>
      <FormAlert message={notice} tone="success" />
      {body}
      <EntryFormModal
        config={config}
        node={dialog.node}
        opened={dialog.open && dialog.kind === 'form'}
        onClose={close}
        onSaved={done}
      />
      <DeleteEntryModal
        config={config}
        node={dialog.node}
        opened={dialog.open && dialog.kind === 'delete'}
        onClose={close}
        onDeleted={done}
      />
    </Stack>
  );
};
