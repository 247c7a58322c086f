import { Badge, Group, Text, Timeline } from '@mantine/core';
import { formatDateTime } from '../../formatting/format-date-time';
import { statusWords } from '../../queue/status-words';
import { SECTION_WORDS } from '../section-words';
import type { ApplicationDetail } from './application-query';
import { Section } from './section';

type Entry = { at: string; key: string; title: string; body: string | null; sections: readonly string[] };

// A change request and the status event it caused are written in one transaction, moments apart.
const SAME_MOMENT_MS = 60_000;

const historyOf = (a: ApplicationDetail): Entry[] => {
  const entries: Entry[] = a.events.map((e) => {
    const request =
      e.toStatus === 'CHANGES_REQUESTED'
        ? a.changeRequests.find(
            (c) => Math.abs(Date.parse(c.createdAt) - Date.parse(e.createdAt)) < SAME_MOMENT_MS,
          )
        : undefined;
    return {
      at: e.createdAt,
      key: `event-${e.id}`,
      title: e.fromStatus
        ? `${statusWords[e.fromStatus]} → ${statusWords[e.toStatus]}`
        : statusWords[e.toStatus],
      body: e.message ?? null,
      sections: request?.sections ?? [],
    };
  });
  for (const s of a.submissions) {
    entries.push({
      at: s.submittedAt,
      key: `round-${s.id}`,
      title: `Round ${s.round} submitted`,
      body: s.response ? `The applicant's answer: ${s.response}` : null,
      sections: [],
    });
  }
  return entries.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
};

/** Status changes and rounds in time order, with the change requests and the applicant's answers. */
export const HistorySection = ({ application }: { application: ApplicationDetail }) => {
  const entries = historyOf(application);
  return (
    <Section title="History">
      {entries.length === 0 ? (
        <Text>Nothing yet.</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {entries.map((entry) => (
            <Timeline.Item key={entry.key} title={entry.title}>
              <Text size="xs" c="dimmed">
                {formatDateTime(entry.at)}
              </Text>
              {entry.body && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.body}
                </Text>
              )}
              {entry.sections.length > 0 && (
                <Group gap={4} mt={4}>
                  {entry.sections.map((s) => (
                    <Badge key={s} size="sm" variant="outline">
                      {SECTION_WORDS[s as keyof typeof SECTION_WORDS] ?? s}
                    </Badge>
                  ))}
                </Group>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
};
