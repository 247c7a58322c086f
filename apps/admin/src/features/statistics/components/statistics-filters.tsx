import { Group, NativeSelect, TextInput } from '@mantine/core';
import type { LevelCode } from '../../../gql/graphql';
import { LEVELS } from '../../reviewers/qualifications';
import {
  chapterOptions,
  chapterOptionValue,
  defaultAssociationId,
  type StatisticsView,
  withChapterOption,
} from '../statistics-params';

export interface AssociationChapters {
  id: string;
  name: string;
  chapters: readonly { id: string; name: string }[];
}

interface StatisticsFiltersProps {
  view: StatisticsView;
  onChange: (view: StatisticsView) => void;
  /** The coordinator's associations and their chapters; null for a chapter analyst, who sees one chapter. */
  associations: readonly AssociationChapters[] | null;
  /** Why the range cannot be shown, next to its end. */
  rangeError: string | null;
}

/** The range, the level and, for coordinators, the chapter; empty dates leave the range to the API. */
export const StatisticsFilters = ({ view, onChange, associations, rangeError }: StatisticsFiltersProps) => (
  <Group align="flex-start" wrap="wrap" gap="sm">
    <TextInput
      label="From"
      type="date"
      value={view.from ?? ''}
      onChange={(e) => onChange({ ...view, from: e.currentTarget.value || null })}
      w={170}
    />
    <TextInput
      label="To"
      type="date"
      value={view.to ?? ''}
      onChange={(e) => onChange({ ...view, to: e.currentTarget.value || null })}
      error={rangeError}
      w={170}
    />
    <NativeSelect
      label="Level"
      value={view.level ?? ''}
      onChange={(e) => onChange({ ...view, level: (e.currentTarget.value || null) as LevelCode | null })}
      data={[{ value: '', label: 'All levels' }, ...LEVELS]}
      w={160}
    />
    {associations && (
      <NativeSelect
        label="Chapter"
        value={chapterOptionValue(view, defaultAssociationId(associations))}
        onChange={(e) => onChange(withChapterOption(view, e.currentTarget.value))}
        data={chapterOptions(associations)}
        w={240}
      />
    )}
  </Group>
);
