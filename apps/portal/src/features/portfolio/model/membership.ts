import type { MembershipEntry } from '@imh/competencies';
import { z } from 'zod/mini';
import type { MembershipEntryInput } from '../../../gql/graphql';
import { isRealDate } from './dates';
import { endNotBeforeStart, optionalText, orNull, requiredDate, requiredText } from './field-rules';

export const membershipSchema = (today: string) =>
  z
    .object({
      associationName: requiredText(200, 'Enter the name of the association.'),
      memberNumber: optionalText(50),
      startsOn: requiredDate('Enter the first day of the membership.', { today }),
      // A membership is evidence once it has begun; its paid-up end is usually still ahead.
      endsOn: requiredDate('Enter the last day paid for.', { today, allowFuture: true }),
    })
    .check(endNotBeforeStart('startsOn', 'endsOn'));

export type MembershipValues = z.infer<ReturnType<typeof membershipSchema>>;

export interface MembershipNode {
  id: string;
  associationName: string;
  memberNumber: string | null;
  startsOn: string;
  endsOn: string;
}

export const emptyMembership = (): MembershipValues => ({
  associationName: '',
  memberNumber: '',
  startsOn: '',
  endsOn: '',
});

export const membershipValues = (node: MembershipNode): MembershipValues => ({
  associationName: node.associationName,
  memberNumber: node.memberNumber ?? '',
  startsOn: node.startsOn,
  endsOn: node.endsOn,
});

export const toMembershipInput = (values: MembershipValues): MembershipEntryInput => ({
  associationName: values.associationName.trim(),
  memberNumber: orNull(values.memberNumber.trim()),
  startsOn: values.startsOn,
  endsOn: values.endsOn,
});

export const toMembershipRulesEntry = (values: MembershipValues): MembershipEntry | null => {
  if (!isRealDate(values.startsOn) || !isRealDate(values.endsOn) || values.endsOn < values.startsOn)
    return null;
  return { association: values.associationName.trim(), startDate: values.startsOn, endDate: values.endsOn };
};
