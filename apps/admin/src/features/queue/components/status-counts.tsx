import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group } from '@mantine/core';
import { graphql } from '../../../gql';
import { type QueueView, toQueueFilter } from '../queue-params';
import { statusColors, statusWords } from '../status-words';

const StatusCounts_Counts = graphql(`
  query StatusCounts_Counts($filter: ApplicationQueueFilter) {
    queueCounts(filter: $filter) {
      status
      count
    }
  }
`);

interface StatusCountsProps {
  view: QueueView;
  onChange: (view: QueueView) => void;
}

/** How many applications each status holds under the other filters; choosing one filters by it. */
export const StatusCounts = ({ view, onChange }: StatusCountsProps) => {
  const { data } = useQuery(StatusCounts_Counts, {
    variables: { filter: toQueueFilter(view, { withStatus: false }) },
  });
  const counts = data?.queueCounts ?? [];
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const chip = (status: QueueView['status'], label: string, count: number, color: string) => {
    const pressed = view.status === status;
    return (
      <Button
        key={status ?? 'all'}
        size="xs"
        radius="xl"
        variant={pressed ? 'filled' : 'light'}
        color={color}
        aria-pressed={pressed}
        onClick={() => onChange({ ...view, status })}
        rightSection={
          <Badge size="sm" variant={pressed ? 'white' : 'filled'} color={color} circle={count < 10}>
            {count}
          </Badge>
        }
      >
        {label}
      </Button>
    );
  };
  return (
    <Group gap="xs" role="group" aria-label="Applications in each state">
      {chip(null, 'All', total, 'gray')}
      {counts.map((c) => chip(c.status, statusWords[c.status], c.count, statusColors[c.status]))}
    </Group>
  );
};
