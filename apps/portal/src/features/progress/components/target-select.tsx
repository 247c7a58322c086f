import type { Edition, LevelCode, MentorTrack, Target } from '@imh/competencies';
import { Group, NativeSelect } from '@mantine/core';
import { toTarget } from '../live-evaluation';
import { levelOptions, trackOptions } from '../model/progress-basis';

interface TargetSelectProps {
  edition: Edition;
  value: Target;
  onChange: (target: Target) => void;
}

/** Level, and for the Mentor level its track: the two choices that make a target. */
export const TargetSelect = ({ edition, value, onChange }: TargetSelectProps) => (
  <Group align="flex-end" wrap="wrap">
    <NativeSelect
      label="Target level"
      data={levelOptions(edition)}
      value={value.level}
      onChange={(event) => onChange(toTarget(event.currentTarget.value as LevelCode, value.track))}
      w={{ base: '100%', xs: 380 }}
    />
    {value.level === 'IMHM' && (
      <NativeSelect
        label="Mentor track"
        data={trackOptions}
        value={value.track}
        onChange={(event) => onChange(toTarget('IMHM', event.currentTarget.value as MentorTrack))}
        w={{ base: '100%', xs: 220 }}
      />
    )}
  </Group>
);
