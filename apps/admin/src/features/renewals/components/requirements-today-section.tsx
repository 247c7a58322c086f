import { RequirementChecklist } from '@imh/ui';
import { Table, Text, Title } from '@mantine/core';
import { toChecklistItems } from '../../application/checklist-items';
import { Section } from '../../application/components/section';
import { formatDate } from '../../queue/format-date';
import type { ManagedEndorsement } from './renewal-query';

/** "9.5 hours in 3 entries", with the sum rounded so that quarter hours add up to what was typed. */
const describeHours = (entries: ReadonlyArray<{ hours: number }>) => {
  const total = Math.round(entries.reduce((sum, entry) => sum + entry.hours, 0) * 100) / 100;
  return `${total} ${total === 1 ? 'hour' : 'hours'} in ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`;
};

/** The open year judged on the holder's portfolio as it is now, and the hours behind that judgement. */
export const RequirementsTodaySection = ({ endorsement }: { endorsement: ManagedEndorsement }) => {
  const evaluation = endorsement.renewalEvaluation;
  const trainings = endorsement.yearTrainings;
  const rsc = endorsement.yearRsc;
  return (
    <Section title="Requirements today">
      <RequirementChecklist
        label={`Requirements for ${evaluation.year}`}
        items={toChecklistItems(evaluation.requirements)}
      />
      <Title order={3} size="h5">
        Hours logged in {evaluation.year}
      </Title>
      <Text size="sm">
        Training: {describeHours(trainings)} · Reflective supervision/consultation: {describeHours(rsc)}
      </Text>
      {trainings.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Caption>Trainings in {evaluation.year}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Training</Table.Th>
                <Table.Th scope="col">Provider</Table.Th>
                <Table.Th scope="col">Hours</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trainings.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{formatDate(t.date)}</Table.Td>
                  <Table.Td>{t.title}</Table.Td>
                  <Table.Td>{t.provider}</Table.Td>
                  <Table.Td>{t.hours}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rsc.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Caption>Reflective supervision/consultation in {evaluation.year}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">From</Table.Th>
                <Table.Th scope="col">To</Table.Th>
                <Table.Th scope="col">Provider</Table.Th>
                <Table.Th scope="col">Format</Table.Th>
                <Table.Th scope="col">Hours</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rsc.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDate(r.startDate)}</Table.Td>
                  <Table.Td>{formatDate(r.endDate)}</Table.Td>
                  <Table.Td>{r.providerName}</Table.Td>
                  <Table.Td>{r.format === 'GROUP' ? 'Group' : 'Individual'}</Table.Td>
                  <Table.Td>{r.hours}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
};
