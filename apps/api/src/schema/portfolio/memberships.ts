import { builder } from '../../builder.ts';
import { fromIsoDay } from '../../calendar-day.ts';
import { ApplicantProfileRef } from '../profile.ts';
import { definePortfolioSection } from './section.ts';
import {
  day,
  endNotBeforeStart,
  inputShape,
  notInFuture,
  optionalText,
  portfolioConnection,
  requiredText,
} from './shared.ts';

export const MembershipEntryRef = builder.prismaObject('MembershipEntry', {
  description: 'Membership in an infant mental health association, which every level requires.',
  fields: (t) => ({
    id: t.exposeID('id'),
    associationName: t.exposeString('associationName'),
    memberNumber: t.exposeString('memberNumber', { nullable: true }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
  }),
});

const MembershipEntryInput = builder.inputType('MembershipEntryInput', {
  validate: inputShape({
    associationName: requiredText(200, 'Enter the name of the association.'),
    memberNumber: optionalText(50),
    startsOn: day,
    endsOn: day,
  }),
  fields: (t) => ({
    associationName: t.string({ required: true }),
    memberNumber: t.string(),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({ type: 'Date', required: true, description: 'May be in the future.' }),
  }),
});

definePortfolioSection({
  name: 'MembershipEntry',
  label: 'membership',
  model: 'membershipEntry',
  type: MembershipEntryRef,
  input: MembershipEntryInput,
  // A membership is evidence once it has begun; its paid-up end date is usually still ahead.
  rules: (input, { today }) => [
    ...notInFuture('startsOn', input.startsOn, today),
    ...endNotBeforeStart('endsOn', input.startsOn, input.endsOn),
  ],
  toData: (input) => ({
    associationName: input.associationName,
    memberNumber: input.memberNumber ?? null,
    startsOn: fromIsoDay(input.startsOn),
    endsOn: fromIsoDay(input.endsOn),
  }),
});

builder.prismaObjectField(ApplicantProfileRef, 'memberships', (t) =>
  t.relatedConnection('memberships', {
    ...portfolioConnection,
    description: 'Association memberships, newest first.',
    query: { orderBy: [{ startsOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] },
  }),
);
