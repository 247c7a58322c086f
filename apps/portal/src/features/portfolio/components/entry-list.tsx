import { Box, Button, Group, Paper, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Column, EntryNode, SectionEnv } from '../sections/section-config';
import { DocumentLink } from './document-link';

interface EntryListProps<N extends EntryNode> {
  nodes: readonly N[];
  columns: readonly Column<N>[];
  withDocument: boolean;
  env: SectionEnv;
  /** Absent while the portfolio is locked: nothing may change. */
  onEdit?: (node: N) => void;
  onDelete?: (node: N) => void;
  /** Names the table (and the list of cards on phones). */
  label: string;
}

const Actions = <N extends EntryNode>({
  node,
  onEdit,
  onDelete,
}: Pick<EntryListProps<N>, 'onEdit' | 'onDelete'> & { node: N }) => (
  <Group gap="xs" wrap="nowrap">
    {onEdit && (
      <Button size="xs" variant="light" onClick={() => onEdit(node)}>
        Edit
      </Button>
    )}
    {onDelete && (
      <Button size="xs" variant="subtle" color="red" onClick={() => onDelete(node)}>
        Delete
      </Button>
    )}
  </Group>
);

const documentCell = (node: EntryNode) => (node.document ? <DocumentLink document={node.document} /> : '–');

/** A table on wide screens; on phones, one card per entry with the same facts. */
export const EntryList = <N extends EntryNode>(props: EntryListProps<N>) => {
  const { nodes, columns, withDocument, env, onEdit, onDelete, label } = props;
  const editable = Boolean(onEdit || onDelete);
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column.header}>{column.header}</Table.Th>
                ))}
                {withDocument && <Table.Th>Document</Table.Th>}
                {editable && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nodes.map((node) => (
                <Table.Tr key={node.id}>
                  {columns.map((column) => (
                    <Table.Td key={column.header}>{column.cell(node, env)}</Table.Td>
                  ))}
                  {withDocument && <Table.Td>{documentCell(node)}</Table.Td>}
                  {editable && (
                    <Table.Td>
                      <Actions node={node} onEdit={onEdit} onDelete={onDelete} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack
        gap="sm"
        hiddenFrom="sm"
        aria-label={label}
        component="ul"
        style={{ listStyle: 'none', padding: 0 }}
      >
        {nodes.map((node) => (
          <Paper key={node.id} withBorder p="sm" radius="md" component="li">
            <SimpleGrid cols={1} spacing={4}>
              {columns.map((column) => (
                <Text size="sm" key={column.header}>
                  <Text span size="xs" c="dimmed" display="block">
                    {column.header}
                  </Text>
                  {column.cell(node, env)}
                </Text>
              ))}
              {withDocument && node.document && (
                <Text size="sm">
                  <Text span size="xs" c="dimmed" display="block">
                    Document
                  </Text>
                  <DocumentLink document={node.document} />
                </Text>
              )}
            </SimpleGrid>
            {editable && (
              <Box mt="xs">
                <Actions node={node} onEdit={onEdit} onDelete={onDelete} />
              </Box>
            )}
          </Paper>
        ))}
      </Stack>
    </>
  );
};
