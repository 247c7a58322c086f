import { Badge, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { Section } from '../../application/components/section';
import { formatDate } from '../../queue/format-date';
import { heldName } from '../../reviewers/qualifications';
import { describeStanding } from '../standing-words';
import type { ManagedEndorsement } from './renewal-query';

/** Where the endorsement stands for its open renewal year, and how to reach its holder. */
export const EndorsementDetails = ({ endorsement }: { endorsement: ManagedEndorsement }) => {
  const { standing } = endorsement;
  const status = describeStanding(standing);
  const renewal = standing.renewal;
  const rows: Array<[string, ReactNode] | null> = [
    ['Level', heldName(endorsement.level, endorsement.track)],
    [
      'Status',
      <Badge variant="light" color={status.color}>
        {[status.label, ...status.notes].join(', ')}
      </Badge>,
    ],
    ['Renewal year', standing.year],
    ['Due', formatDate(standing.dueOn)],
    ['Late accepted until', formatDate(standing.graceEndsOn)],
    renewal?.extendedUntil
      ? ['Extension', `Until ${formatDate(renewal.extendedUntil)}: ${renewal.extensionReason ?? ''}`]
      : null,
    endorsement.lapsedOn ? ['Lapsed on', formatDate(endorsement.lapsedOn)] : null,
    standing.reinstateUntil ? ['Reinstatement possible until', formatDate(standing.reinstateUntil)] : null,
    endorsement.reinstatedOn ? ['Reinstated on', formatDate(endorsement.reinstatedOn)] : null,
    ['Email', endorsement.holderEmail],
    ['Chapter', endorsement.chapterName ?? '—'],
  ];
  return (
    <Section title="Endorsement">
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows
            .flatMap((row) => (row ? [row] : []))
            .map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={220}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
};
