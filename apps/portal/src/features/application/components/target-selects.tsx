import { NativeSelect } from '@mantine/core';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import type { LevelCode, MentorTrack } from '../../../gql/graphql';
import { levelOptions, TRACK_OPTIONS } from '../level-options';

export type TargetValues = { level: LevelCode; track: MentorTrack };

export const TARGET_FIELDS = ['level', 'track'] as const;

/** Level, and the Mentor track when the level is Mentor. */
export const TargetSelects = ({
  form,
  editionId,
}: {
  form: UseFormReturn<TargetValues>;
  /** The rules edition whose level names to show. */
  editionId: string | null;
}) => {
  const level = useWatch({ control: form.control, name: 'level' });
  const { errors } = form.formState;
  return (
    <>
      <NativeSelect
        label="Level"
        data={levelOptions(editionId)}
        error={errors.level?.message}
        {...form.register('level')}
      />
      {level === 'IMHM' && (
        <NativeSelect
          label="Mentor track"
          data={[...TRACK_OPTIONS]}
          error={errors.track?.message}
          {...form.register('track')}
        />
      )}
    </>
  );
};
