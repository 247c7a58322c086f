import { Badge, Group, List, Paper, Progress, Stack, Text } from '@mantine/core';

/** One requirement as the checklist shows it, whether the browser or the server judged it. */
export type ChecklistItem = {
  id: string;
  label: string;
  status: 'met' | 'not_met' | 'pending';
  progress?: { have: number; need: number; unit: string } | null;
  reasons: readonly string[];
};

const STATUS = {
  met: { label: 'Met', color: 'teal' },
  not_met: { label: 'Missing', color: 'red' },
  pending: { label: 'After review', color: 'gray' },
} as const;

const formatAmount = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));

/** "18 of 24 hours": how far a quantified requirement is. */
export const describeProgress = (p: NonNullable<ChecklistItem['progress']>) =>
  `${formatAmount(Math.min(p.have, p.need))} of ${formatAmount(p.need)} ${p.unit}`;

/** Every requirement of a level as a checklist: status, a progress bar where it counts, and what to do. */
export const RequirementChecklist = ({
  items,
  label,
  compact = false,
}: {
  items: readonly ChecklistItem[];
  label: string;
  /** Tighter spacing, for a side panel next to a form. */
  compact?: boolean;
}) => {
  const met = items.filter((i) => i.status === 'met').length;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600} size={compact ? 'sm' : undefined}>
          {label}
        </Text>
        <Text size="sm" c="dimmed">
          {met} of {items.length} requirements met
        </Text>
      </Group>
      <List
        listStyleType="none"
        spacing={compact ? 4 : 'xs'}
        aria-label={label}
        // Mantine's item wrapper is an inline flex column; stretched, every card takes the full width.
        styles={{ root: { paddingInlineStart: 0 }, itemWrapper: { display: 'flex', alignItems: 'stretch' } }}
      >
        {items.map((item) => {
          const status = STATUS[item.status];
          const percent = item.progress
            ? Math.min(100, (item.progress.have / item.progress.need) * 100 || 0)
            : null;
          return (
            <List.Item key={item.id} data-requirement={item.id} data-status={item.status}>
              <Paper withBorder p={compact ? 'xs' : 'sm'} radius="md">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Text size={compact ? 'xs' : 'sm'} fw={500}>
                    {item.label}
                  </Text>
                  <Badge
                    color={status.color}
                    variant="light"
                    size={compact ? 'sm' : 'md'}
                    style={{ flexShrink: 0 }}
                  >
                    {status.label}
                  </Badge>
                </Group>
                {item.progress && percent !== null && (
                  <Group gap="sm" mt={6} wrap="nowrap">
                    <Progress
                      value={percent}
                      color={status.color}
                      style={{ flex: 1 }}
                      // Beside a form the text next to the bar says it all, and a labelled bar would
                      // answer to the form's field names ("Clock hours" is in "30 clock hours of…").
                      {...(compact
                        ? { 'aria-hidden': true }
                        : { 'aria-label': `${item.label}: ${describeProgress(item.progress)}` })}
                    />
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="progress-text">
                      {describeProgress(item.progress)}
                    </Text>
                  </Group>
                )}
                {item.status !== 'met' && item.reasons.length > 0 && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {item.reasons.join(' ')}
                  </Text>
                )}
              </Paper>
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
};
