import { builder } from '../../builder.ts';
import { fromIsoDay } from '../../calendar-day.ts';
import { ApplicantProfileRef } from '../profile.ts';
import { DegreeLevelEnum } from './enums.ts';
import { definePortfolioSection } from './section.ts';
import { inputShape, notInFuture, optionalDay, portfolioConnection, requiredText } from './shared.ts';

export const EducationEntryRef = builder.prismaObject('EducationEntry', {
  fields: (t) => ({
    id: t.exposeID('id'),
    degreeLevel: t.expose('degreeLevel', { type: DegreeLevelEnum }),
    field: t.exposeString('field'),
    institution: t.exposeString('institution'),
    completedOn: t.expose('completedOn', {
      type: 'Date',
      nullable: true,
      description: 'Null while the degree is in progress.',
    }),
    document: t.relation('document', { nullable: true }),
  }),
});

const EducationEntryInput = builder.inputType('EducationEntryInput', {
  validate: inputShape({
    field: requiredText(200, 'Enter the field of study.'),
    institution: requiredText(200, 'Enter the institution.'),
    completedOn: optionalDay,
  }),
  fields: (t) => ({
    degreeLevel: t.field({ type: DegreeLevelEnum, required: true }),
    field: t.string({ required: true }),
    institution: t.string({ required: true }),
    completedOn: t.field({ type: 'Date', description: 'Leave empty while in progress.' }),
    documentId: t.id({ description: 'A diploma or transcript among your uploaded documents.' }),
  }),
});

definePortfolioSection({
  name: 'EducationEntry',
  label: 'education entry',
  model: 'educationEntry',
  type: EducationEntryRef,
  input: EducationEntryInput,
  rules: (input, { today }) => notInFuture('completedOn', input.completedOn, today),
  toData: (input) => ({
    degreeLevel: input.degreeLevel,
    field: input.field,
    institution: input.institution,
    completedOn: input.completedOn ? fromIsoDay(input.completedOn) : null,
    documentId: input.documentId ? String(input.documentId) : null,
  }),
});

builder.prismaObjectField(ApplicantProfileRef, 'education', (t) =>
  t.relatedConnection('education', {
    ...portfolioConnection,
    description: 'Degrees, those in progress first, then newest first.',
    query: {
      orderBy: [{ completedOn: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }, { id: 'desc' }],
    },
  }),
);
