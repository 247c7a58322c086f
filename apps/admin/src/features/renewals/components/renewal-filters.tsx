import { useQuery } from '@apollo/client/react';
import { Group, NativeSelect } from '@mantine/core';
import { graphql } from '../../../gql';
import { LEVELS } from '../../queue/queue-params';
import type { RenewalView } from '../renewal-params';

export const RenewalFilters_Chapters = graphql(`
  query RenewalFilters_Chapters {
    coordinatedAssociations {
      id
      name
      chapters {
        id
        name
      }
    }
  }
`);

interface RenewalFiltersProps {
  view: RenewalView;
  onChange: (view: RenewalView) => void;
}

export const RenewalFilters = ({ view, onChange }: RenewalFiltersProps) => {
  const { data } = useQuery(RenewalFilters_Chapters);
  // Chapters are grouped by association, which is how coordinators know them.
  const chapterOptions = (data?.coordinatedAssociations ?? []).map((association) => ({
    group: association.name,
    items: association.chapters.map((chapter) => ({ value: chapter.id, label: chapter.name })),
  }));
  return (
    <Group align="flex-end" wrap="wrap" gap="sm">
      <NativeSelect
        label="Level"
        value={view.level ?? ''}
        onChange={(e) =>
          onChange({ ...view, level: (e.currentTarget.value || null) as RenewalView['level'] })
        }
        data={[{ value: '', label: 'All levels' }, ...LEVELS]}
        w={160}
      />
      <NativeSelect
        label="Chapter"
        value={view.chapterId ?? ''}
        onChange={(e) => onChange({ ...view, chapterId: e.currentTarget.value || null })}
        data={[{ value: '', label: 'All chapters' }, ...chapterOptions]}
        w={220}
      />
    </Group>
  );
};
