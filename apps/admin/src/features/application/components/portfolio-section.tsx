import type { Portfolio } from '@imh/competencies';
import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import { portfolioTables } from '../portfolio-tables';
import type { ApplicationDetail } from './application-query';
import { Section } from './section';

/** The latest round's portfolio, as frozen at submission, with its documents to download. */
export const PortfolioSection = ({ application }: { application: ApplicationDetail }) => {
  const tables = portfolioTables(application.staffPortfolio as Partial<Portfolio> | null);
  const documents = application.documents ?? [];
  return (
    <Section title="Portfolio">
      {tables.map((table) => (
        <Stack key={table.title} gap={4}>
          <Title order={3} size="h5">
            {table.title}
          </Title>
          {table.rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              None listed.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped withTableBorder fz="sm" aria-label={table.title}>
                <Table.Thead>
                  <Table.Tr>
                    {table.columns.map((c) => (
                      <Table.Th key={c} scope="col">
                        {c}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {table.rows.map((row, i) => (
                    // Frozen snapshot rows have no label of their own and never reorder.
                    <Table.Tr key={i}>
                      {row.map((cell, j) => (
                        <Table.Td key={j}>{cell}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      ))}
      <Stack gap={4}>
        <Title order={3} size="h5">
          Documents
        </Title>
        {documents.length === 0 ? (
          <Text size="sm" c="dimmed">
            No documents attached.
          </Text>
        ) : (
          <List size="sm">
            {documents.map((d) => (
              <List.Item key={d.id}>
                <Anchor href={d.url} download={d.filename}>
                  {d.filename}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Section>
  );
};
