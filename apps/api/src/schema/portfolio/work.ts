import { z } from 'zod';
import { builder } from '../../builder.ts';
import { fromIsoDay } from '../../calendar-day.ts';
import { ApplicantProfileRef } from '../profile.ts';
import { WorkKindEnum } from './enums.ts';
import { definePortfolioSection } from './section.ts';
import {
  day,
  endNotBeforeStart,
  inputShape,
  notInFuture,
  optionalDay,
  optionalText,
  portfolioConnection,
  requiredText,
} from './shared.ts';

export const WorkEntryRef = builder.prismaObject('WorkEntry', {
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.exposeString('role'),
    employer: t.exposeString('employer'),
    paid: t.exposeBoolean('paid'),
    kind: t.expose('kind', { type: WorkKindEnum }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'Null while ongoing.' }),
    hoursPerWeek: t.float({ resolve: (w) => w.hoursPerWeek.toNumber() }),
    servesInfantsFamilies: t.exposeBoolean('servesInfantsFamilies'),
    familiesServed: t.exposeInt('familiesServed', {
      nullable: true,
      description: 'Families with infants/toddlers (birth to 36 months) served in this role.',
    }),
    supervised: t.exposeBoolean('supervised'),
    description: t.exposeString('description', { nullable: true }),
    document: t.relation('document', { nullable: true }),
  }),
});

const hoursPerWeek = 'Enter the hours per week, from 1 to 80.';
const families = 'Enter a number of families from 0 to 10000.';

const WorkEntryInput = builder.inputType('WorkEntryInput', {
  validate: inputShape({
    role: requiredText(200, 'Enter the role or job title.'),
    employer: requiredText(200, 'Enter the employer.'),
    startDate: day,
    endDate: optionalDay,
    hoursPerWeek: z.number().min(1, hoursPerWeek).max(80, hoursPerWeek),
    familiesServed: z.number().int().min(0, families).max(10_000, families).nullish(),
    description: optionalText(2000),
  }),
  fields: (t) => ({
    role: t.string({ required: true }),
    employer: t.string({ required: true }),
    paid: t.boolean({ required: true }),
    kind: t.field({ type: WorkKindEnum, required: true }),
    startDate: t.field({ type: 'Date', required: true }),
    endDate: t.field({ type: 'Date', description: 'Leave empty while ongoing.' }),
    hoursPerWeek: t.float({ required: true }),
    servesInfantsFamilies: t.boolean({ required: true, defaultValue: true }),
    familiesServed: t.int(),
    supervised: t.boolean({ required: true, defaultValue: false }),
    description: t.string(),
    documentId: t.id({ description: 'A letter or other proof among your uploaded documents.' }),
  }),
});

definePortfolioSection({
  name: 'WorkEntry',
  label: 'work entry',
  model: 'workEntry',
  type: WorkEntryRef,
  input: WorkEntryInput,
  rules: (input, { today }) => [
    ...notInFuture('startDate', input.startDate, today),
    ...notInFuture('endDate', input.endDate, today),
    ...endNotBeforeStart('endDate', input.startDate, input.endDate),
  ],
  toData: (input) => ({
    role: input.role,
    employer: input.employer,
    paid: input.paid,
    kind: input.kind,
    startDate: fromIsoDay(input.startDate),
    endDate: input.endDate ? fromIsoDay(input.endDate) : null,
    hoursPerWeek: input.hoursPerWeek,
    servesInfantsFamilies: input.servesInfantsFamilies,
    familiesServed: input.familiesServed ?? null,
    supervised: input.supervised,
    description: input.description ?? null,
    documentId: input.documentId ? String(input.documentId) : null,
  }),
});

builder.prismaObjectField(ApplicantProfileRef, 'work', (t) =>
  t.relatedConnection('work', {
    ...portfolioConnection,
    description: 'Work experience, newest start first.',
    query: { orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] },
  }),
);
