import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { RaterRole, ReferenceStatus } from '../../../gql/graphql';
import type { ApplicationDetail } from './application-query';
import { Section } from './section';

const ROLE_WORDS: Record<RaterRole, string> = {
  CURRENT_SUPERVISOR: 'Current supervisor',
  TEACHER_TRAINER_CONSULTANT: 'Teacher, trainer or consultant',
  RSC_PROVIDER: 'RSC provider',
  OTHER_SUPERVISOR: 'Other supervisor',
  COLLEAGUE: 'Colleague',
  SUPERVISEE: 'Supervisee',
  OTHER: 'Other',
};

const STATUS_WORDS: Record<ReferenceStatus, string> = {
  REQUESTED: 'Requested',
  OPENED: 'Opened',
  RECEIVED: 'Received',
  EXPIRED: 'Expired',
  REPLACED: 'Replaced',
};

type Reference = ApplicationDetail['references'][number];

/** A received form's ratings grouped by the level's competency domains, in the rubric's order. */
const Ratings = ({ reference, rubric }: { reference: Reference; rubric: ApplicationDetail['rubric'] }) => {
  const rating = reference.rating;
  if (!rating) return null;
  const byCompetency = new Map(rating.ratings.map((r) => [r.competencyId, r.rating]));
  return (
    <Stack gap="xs">
      <Text size="sm">Has known the applicant since {rating.knownSince}.</Text>
      <Table withTableBorder fz="sm" aria-label={`Ratings by ${reference.raterName}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Competency</Table.Th>
            <Table.Th scope="col">Rating (1–5)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {rubric.map((domain) => (
          <Table.Tbody key={domain.id}>
            <Table.Tr>
              <Table.Th colSpan={2} scope="colgroup" bg="gray.0">
                {domain.name}
              </Table.Th>
            </Table.Tr>
            {domain.competencies.map((c) => {
              const value = byCompetency.get(c.id);
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{value == null ? 'Not enough information' : value}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        ))}
      </Table>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        <strong>Comments:</strong> {rating.comments || 'None.'}
      </Text>
    </Stack>
  );
};

export const ReferencesSection = ({ application }: { application: ApplicationDetail }) => (
  <Section title="References">
    {application.references.length === 0 && <Text>No raters asked.</Text>}
    {application.references.map((reference) => (
      <Paper key={reference.id} withBorder p="sm" radius="md">
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>
              {reference.raterName} · {ROLE_WORDS[reference.raterRole]}
            </Text>
            <Badge variant="light" color={reference.status === 'RECEIVED' ? 'teal' : 'gray'}>
              {STATUS_WORDS[reference.status]}
            </Badge>
          </Group>
          <Ratings reference={reference} rubric={application.rubric} />
        </Stack>
      </Paper>
    ))}
  </Section>
);
