import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Section } from '../../application/components/section';
import type { ChartSpec } from '../statistics-charts';
import type { StatTable } from '../statistics-tables';
import { StatTableView } from './stat-table-view';
import { StatisticsChart } from './statistics-chart';

interface StatisticsSectionProps {
  table: StatTable;
  chart?: ChartSpec | undefined;
  threshold: number;
  /** A sentence about the section's numbers, under them. */
  note?: ReactNode;
}

/** One section of the statistics page: its chart and the table of the same numbers. */
export const StatisticsSection = ({ table, chart, threshold, note }: StatisticsSectionProps) => (
  <Section title={table.title}>
    {/* A table of many columns gets the whole width, under its chart. */}
    <SimpleGrid cols={{ base: 1, md: chart && table.columns.length <= 3 ? 2 : 1 }} spacing="lg">
      {chart && (
        <Stack gap={4}>
          <StatisticsChart spec={chart} />
          {chart.hasSuppressed && (
            <Text size="xs" c="dimmed">
              Suppressed values are not drawn.
            </Text>
          )}
        </Stack>
      )}
      <StatTableView table={table} threshold={threshold} />
    </SimpleGrid>
    {note && (
      <Text size="sm" c="dimmed">
        {note}
      </Text>
    )}
  </Section>
);
