import { Table, Text } from '@mantine/core';
import { formatDateTime } from '../../formatting/format-date-time';

export interface TokenCall {
  at: string;
  operationName?: string | null;
  refused: boolean;
}

/** A token's latest calls, newest first; refused ones hit the rate limit. */
export const RecentCallsTable = ({
  calls,
  tokenName,
}: {
  calls: readonly TokenCall[];
  tokenName: string;
}) => {
  if (calls.length === 0) return <Text size="sm">No calls yet.</Text>;
  return (
    <Table withTableBorder verticalSpacing={4} captionSide="top">
      <Table.Caption>Recent calls with “{tokenName}”, newest first</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Time</Table.Th>
          <Table.Th scope="col">Operation</Table.Th>
          <Table.Th scope="col">Refused</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {calls.map((call, i) => (
          // Calls have no id of their own, and two may share a millisecond.
          <Table.Tr key={`${call.at}-${i}`}>
            <Table.Td>{formatDateTime(call.at)}</Table.Td>
            <Table.Td>{call.operationName ?? '(unnamed)'}</Table.Td>
            <Table.Td c={call.refused ? 'red' : undefined}>{call.refused ? 'Yes' : 'No'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
