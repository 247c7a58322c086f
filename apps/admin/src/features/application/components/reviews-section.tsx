import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReviewRecommendation } from '../../../gql/graphql';
import { formatDateTime } from '../../formatting/format-date-time';
import type { ApplicationDetail } from './application-query';
import { Section } from './section';

const RECOMMENDATION_WORDS: Record<ReviewRecommendation, string> = {
  ENDORSE: 'Endorse',
  REQUEST_CHANGES: 'Request changes',
  DENY: 'Deny',
};

/** Every review the viewer may read; someone else's draft shows only that it exists. */
export const ReviewsSection = ({ application }: { application: ApplicationDetail }) => {
  const domainName = new Map(application.rubric.map((d) => [d.id, d.name]));
  return (
    <Section title="Reviews">
      {application.reviews.length === 0 && <Text>No reviews yet.</Text>}
      {application.reviews.map((review) => (
        <Paper key={review.id} withBorder p="sm" radius="md">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>{review.reviewer.name}</Text>
              <Badge variant="light" color={review.status === 'SUBMITTED' ? 'teal' : 'gray'}>
                {review.status === 'SUBMITTED' ? `Submitted ${formatDateTime(review.submittedAt)}` : 'Draft'}
              </Badge>
            </Group>
            {review.scores && review.scores.length > 0 && (
              <Table withTableBorder fz="sm" aria-label={`Scores by ${review.reviewer.name}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Domain</Table.Th>
                    <Table.Th scope="col">Score (1–5)</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {review.scores.map((s) => (
                    <Table.Tr key={s.domainId}>
                      <Table.Td>{domainName.get(s.domainId) ?? s.domainId}</Table.Td>
                      <Table.Td>{s.score}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {review.recommendation && (
              <Text size="sm">
                <strong>Recommendation:</strong> {RECOMMENDATION_WORDS[review.recommendation]}
              </Text>
            )}
            {review.comments && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <strong>Comments:</strong> {review.comments}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Section>
  );
};
