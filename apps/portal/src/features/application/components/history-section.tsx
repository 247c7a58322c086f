import { Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ApplicationDetail_ApplicationFragment } from '../../../gql/graphql';
import { formatDate } from '../format-date';
import { STATUS_WORDS } from '../status-words';

type Application = ApplicationDetail_ApplicationFragment;

export const HistorySection = ({
  events,
  submissions,
}: {
  events: Application['events'];
  submissions: Application['submissions'];
}) => (
  <Stack component="section" aria-labelledby="history-heading" gap="sm">
    <Title order={3} id="history-heading">
      History
    </Title>
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} aria-label="Status history">
      {events.map((event) => (
        <Timeline.Item key={event.id} title={STATUS_WORDS[event.toStatus]}>
          <Text size="xs" c="dimmed">
            {formatDate(event.createdAt)}
          </Text>
          {event.message && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {event.message}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
    {submissions.length > 0 && (
      <>
        <Title order={4}>Submission rounds</Title>
        <Stack
          component="ol"
          gap="xs"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Submission rounds"
        >
          {submissions.map((submission) => (
            <li key={submission.id}>
              <Paper withBorder p="sm">
                <Text size="sm" fw={500}>
                  Round {submission.round} · {formatDate(submission.submittedAt)}
                </Text>
                {submission.response && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    Your answer: {submission.response}
                  </Text>
                )}
              </Paper>
            </li>
          ))}
        </Stack>
      </>
    )}
  </Stack>
);
