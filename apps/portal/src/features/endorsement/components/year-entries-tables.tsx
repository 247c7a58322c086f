import { Table, Text } from '@mantine/core';
import { formatLongDay } from '../../application/format-date';
import type { Endorsement } from './endorsement-card';

// Rounded to hundredths, as hours are entered: 0.1 + 0.2 should read 0.3.
const totalHours = (entries: readonly { hours: number }[]) =>
  Math.round(entries.reduce((sum, entry) => sum + entry.hours, 0) * 100) / 100;

/** "9 hours", "1.5 hours", "1 hour" */
const describeHours = (hours: number) => `${hours} ${hours === 1 ? 'hour' : 'hours'}`;

export const TrainingTable = ({
  year,
  trainings,
}: {
  year: number;
  trainings: Endorsement['yearTrainings'];
}) =>
  trainings.length === 0 ? (
    <Text size="sm" c="dimmed">{`No training logged for ${year} yet.`}</Text>
  ) : (
    <Table captionSide="top" striped>
      <Table.Caption>{`Training in ${year}: ${describeHours(totalHours(trainings))}`}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Title</Table.Th>
          <Table.Th>Date</Table.Th>
          <Table.Th>Hours</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trainings.map((t) => (
          <Table.Tr key={t.id}>
            <Table.Td>{t.title}</Table.Td>
            <Table.Td>{formatLongDay(t.date)}</Table.Td>
            <Table.Td>{t.hours}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

export const RscTable = ({ year, entries }: { year: number; entries: Endorsement['yearRsc'] }) =>
  entries.length === 0 ? (
    <Text size="sm" c="dimmed">{`No reflective supervision logged for ${year} yet.`}</Text>
  ) : (
    <Table captionSide="top" striped>
      <Table.Caption>{`Reflective supervision in ${year}: ${describeHours(totalHours(entries))}`}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Provider</Table.Th>
          <Table.Th>Period</Table.Th>
          <Table.Th>Hours</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.providerName}</Table.Td>
            <Table.Td>{`${formatLongDay(r.startDate)} – ${formatLongDay(r.endDate)}`}</Table.Td>
            <Table.Td>{r.hours}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
