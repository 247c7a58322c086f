import type { LeadershipEntry } from '@imh/competencies';
import { z } from 'zod/mini';
import type { LeadershipEntryInput, LeadershipScope } from '../../../gql/graphql';
import { isRealDate } from './dates';
import { endNotBeforeStart, optionalDate, requiredDate, requiredText } from './field-rules';
import { SCOPES } from './labels';

export const leadershipSchema = (today: string) =>
  z
    .object({
      description: requiredText(1000, 'Describe the activity.'),
      scope: z.enum(SCOPES as [LeadershipScope, ...LeadershipScope[]], { error: 'Choose the scope.' }),
      startDate: requiredDate('Enter the start date.', { today }),
      endDate: optionalDate({ today }),
    })
    .check(endNotBeforeStart('startDate', 'endDate'));

export type LeadershipValues = z.infer<ReturnType<typeof leadershipSchema>>;

export interface LeadershipNode {
  id: string;
  description: string;
  scope: LeadershipScope;
  startDate: string;
  endDate: string | null;
}

export const emptyLeadership = (): LeadershipValues => ({
  description: '',
  scope: 'REGIONAL',
  startDate: '',
  endDate: '',
});

export const leadershipValues = (node: LeadershipNode): LeadershipValues => ({
  description: node.description,
  scope: node.scope,
  startDate: node.startDate,
  endDate: node.endDate ?? '',
});

export const toLeadershipInput = (values: LeadershipValues): LeadershipEntryInput => ({
  description: values.description.trim(),
  scope: values.scope,
  startDate: values.startDate,
  endDate: values.endDate === '' ? null : values.endDate,
});

export const toLeadershipRulesEntry = (values: LeadershipValues, id: string): LeadershipEntry | null => {
  if (!isRealDate(values.startDate)) return null;
  const endDate = isRealDate(values.endDate) ? values.endDate : undefined;
  if (endDate !== undefined && endDate < values.startDate) return null;
  return { id, description: values.description, scope: values.scope, startDate: values.startDate, endDate };
};
