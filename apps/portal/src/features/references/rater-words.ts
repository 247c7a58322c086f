import type { RaterRole, ReferenceStatus } from '../../gql/graphql';

/** In the order a level's reference rules name them: supervisor first. */
export const RATER_ROLE_OPTIONS: readonly { value: RaterRole; label: string }[] = [
  { value: 'CURRENT_SUPERVISOR', label: 'Current supervisor' },
  { value: 'TEACHER_TRAINER_CONSULTANT', label: 'Teacher/trainer/consultant' },
  { value: 'RSC_PROVIDER', label: 'RSC provider' },
  { value: 'OTHER_SUPERVISOR', label: 'Other supervisor' },
  { value: 'COLLEAGUE', label: 'Colleague' },
  { value: 'SUPERVISEE', label: 'Supervisee' },
  { value: 'OTHER', label: 'Other' },
];

export const raterRoleWords = (role: RaterRole): string =>
  RATER_ROLE_OPTIONS.find((o) => o.value === role)?.label ?? role;

export const REFERENCE_STATUS: Readonly<Record<ReferenceStatus, { label: string; color: string }>> = {
  REQUESTED: { label: 'Requested', color: 'blue' },
  OPENED: { label: 'Opened', color: 'cyan' },
  RECEIVED: { label: 'Received', color: 'teal' },
  EXPIRED: { label: 'Expired', color: 'orange' },
  REPLACED: { label: 'Replaced', color: 'gray' },
};

/** A new link helps only a rater who has not answered and is still asked. */
export const canResend = (status: ReferenceStatus): boolean => status !== 'RECEIVED' && status !== 'REPLACED';
