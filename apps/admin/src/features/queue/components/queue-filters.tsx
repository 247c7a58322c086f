import { useQuery } from '@apollo/client/react';
import { Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { graphql } from '../../../gql';
import {
  LEVEL_OPTIONS,
  levelOptionValue,
  type QueueView,
  SORT_OPTIONS,
  sortOptionValue,
  withLevelOption,
  withSortOption,
} from '../queue-params';
import { QUEUE_STATUSES, statusWords } from '../status-words';

const QueueFilters_Choices = graphql(`
  query QueueFilters_Choices {
    associations {
      id
      name
      chapters {
        id
        name
      }
    }
    reviewers(first: 100) {
      edges {
        node {
          name
          user {
            id
          }
        }
      }
    }
  }
`);

interface QueueFiltersProps {
  view: QueueView;
  onChange: (view: QueueView) => void;
  isCoordinator: boolean;
}

/** The queue's filters; chapter and reviewer only for coordinators, who see the whole association. */
export const QueueFilters = ({ view, onChange, isCoordinator }: QueueFiltersProps) => {
  const choices = useQuery(QueueFilters_Choices, { skip: !isCoordinator });
  const chapterOptions = (choices.data?.associations ?? []).map((association) => ({
    group: association.name,
    items: association.chapters.map((chapter) => ({ value: chapter.id, label: chapter.name })),
  }));
  const reviewerOptions = (choices.data?.reviewers.edges ?? []).map(({ node }) => ({
    value: node.user.id,
    label: node.name,
  }));

  return (
    <Group align="flex-end" wrap="wrap" gap="sm">
      <NativeSelect
        label="Status"
        value={view.status ?? ''}
        onChange={(e) =>
          onChange({ ...view, status: (e.currentTarget.value || null) as QueueView['status'] })
        }
        data={[
          { value: '', label: 'All statuses' },
          ...QUEUE_STATUSES.map((s) => ({ value: s, label: statusWords[s] })),
        ]}
        w={190}
      />
      <NativeSelect
        label="Level"
        value={levelOptionValue(view)}
        onChange={(e) => onChange(withLevelOption(view, e.currentTarget.value))}
        data={LEVEL_OPTIONS}
        w={200}
      />
      {isCoordinator && (
        <NativeSelect
          label="Chapter"
          value={view.chapterId ?? ''}
          onChange={(e) => onChange({ ...view, chapterId: e.currentTarget.value || null })}
          data={[{ value: '', label: 'All chapters' }, ...chapterOptions]}
          w={200}
        />
      )}
      <TextInput
        label="Submitted from"
        type="date"
        value={view.submittedFrom ?? ''}
        onChange={(e) => onChange({ ...view, submittedFrom: e.currentTarget.value || null })}
        w={160}
      />
      <TextInput
        label="Submitted to"
        type="date"
        value={view.submittedTo ?? ''}
        onChange={(e) => onChange({ ...view, submittedTo: e.currentTarget.value || null })}
        w={160}
      />
      <NumberInput
        label="Waiting more than (days)"
        min={0}
        allowDecimal={false}
        allowNegative={false}
        value={view.waitingMoreThanDays ?? ''}
        onChange={(value) =>
          onChange({ ...view, waitingMoreThanDays: typeof value === 'number' ? value : null })
        }
        w={190}
      />
      {isCoordinator && (
        <NativeSelect
          label="Reviewer"
          value={view.reviewerId ?? ''}
          onChange={(e) => onChange({ ...view, reviewerId: e.currentTarget.value || null })}
          data={[{ value: '', label: 'Any reviewer' }, ...reviewerOptions]}
          w={200}
        />
      )}
      <NativeSelect
        label="Sort by"
        value={sortOptionValue(view)}
        onChange={(e) => onChange(withSortOption(view, e.currentTarget.value))}
        data={SORT_OPTIONS}
        w={220}
      />
    </Group>
  );
};
