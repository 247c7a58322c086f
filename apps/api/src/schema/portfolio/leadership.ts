import { builder } from '../../builder.ts';
import { fromIsoDay } from '../../calendar-day.ts';
import { ApplicantProfileRef } from '../profile.ts';
import { LeadershipScopeEnum } from './enums.ts';
import { definePortfolioSection } from './section.ts';
import {
  day,
  endNotBeforeStart,
  inputShape,
  notInFuture,
  optionalDay,
  portfolioConnection,
  requiredText,
} from './shared.ts';

export const LeadershipEntryRef = builder.prismaObject('LeadershipEntry', {
  description: 'A leadership activity outside the job itself: committees, boards, conference planning…',
  fields: (t) => ({
    id: t.exposeID('id'),
    description: t.exposeString('description'),
    scope: t.expose('scope', { type: LeadershipScopeEnum }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'Null while ongoing.' }),
  }),
});

const LeadershipEntryInput = builder.inputType('LeadershipEntryInput', {
  validate: inputShape({
    description: requiredText(1000, 'Describe the activity.'),
    startDate: day,
    endDate: optionalDay,
  }),
  fields: (t) => ({
    description: t.string({ required: true }),
    scope: t.field({ type: LeadershipScopeEnum, required: true }),
    startDate: t.field({ type: 'Date', required: true }),
    endDate: t.field({ type: 'Date', description: 'Leave empty while ongoing.' }),
  }),
});

definePortfolioSection({
  name: 'LeadershipEntry',
  label: 'leadership activity',
  model: 'leadershipEntry',
  type: LeadershipEntryRef,
  input: LeadershipEntryInput,
  rules: (input, { today }) => [
    ...notInFuture('startDate', input.startDate, today),
    ...notInFuture('endDate', input.endDate, today),
    ...endNotBeforeStart('endDate', input.startDate, input.endDate),
  ],
  toData: (input) => ({
    description: input.description,
    scope: input.scope,
    startDate: fromIsoDay(input.startDate),
    endDate: input.endDate ? fromIsoDay(input.endDate) : null,
  }),
});

builder.prismaObjectField(ApplicantProfileRef, 'leadership', (t) =>
  t.relatedConnection('leadership', {
    ...portfolioConnection,
    description: 'Leadership activities, newest start first.',
    query: { orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] },
  }),
);
