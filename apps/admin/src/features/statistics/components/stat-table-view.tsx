import { Table } from '@mantine/core';
import type { StatTable } from '../statistics-tables';
import { StatValue } from './stat-value';

interface StatTableViewProps {
  table: StatTable;
  threshold: number;
}

/** A section's numbers; the chart beside it draws the same ones. */
export const StatTableView = ({ table, threshold }: StatTableViewProps) => (
  <Table.ScrollContainer minWidth={table.columns.length > 3 ? 560 : 280}>
    <Table striped verticalSpacing={4} captionSide="top">
      <Table.Caption>{table.caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((column, i) => (
            <Table.Th key={column} scope="col" ta={i === 0 ? 'left' : 'right'}>
              {column}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row) => (
          <Table.Tr key={row.label} fw={row.total ? 600 : undefined}>
            <Table.Th scope="row" fw={row.total ? 600 : 400} pl={row.indent ? 'xl' : undefined}>
              {row.label}
            </Table.Th>
            {row.cells.map(({ cell, format }, i) => (
              <Table.Td key={table.columns[i + 1]} ta="right">
                <StatValue cell={cell} format={format} threshold={threshold} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);
