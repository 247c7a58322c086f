import { getEdition } from '@imh/competencies';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { fromIsoDay } from '../../calendar-day.ts';
import { ApplicantProfileRef } from '../profile.ts';
import { TrainingTopicEnum } from './enums.ts';
import { definePortfolioSection } from './section.ts';
import { day, hours, inputShape, notInFuture, portfolioConnection, requiredText } from './shared.ts';

type Topic = 'PROVIDING_RSC' | 'DEI';
// Rows written before topics were an enum may hold other strings; the rules ignore them, and so does the API.
const isTopic = (topic: string): topic is Topic => topic === 'PROVIDING_RSC' || topic === 'DEI';

export const TrainingEntryRef = builder.prismaObject('TrainingEntry', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    provider: t.exposeString('provider'),
    date: t.expose('date', { type: 'Date', description: 'The day the training was completed.' }),
    hours: t.float({ resolve: (e) => e.hours.toNumber() }),
    competencyDomains: t.exposeStringList('competencyDomains', {
      description: 'Ids of the competency domains covered (see ApplicantProfile.trainingDomains).',
    }),
    topics: t.field({ type: [TrainingTopicEnum], resolve: (e) => e.topics.filter(isTopic) }),
    document: t.relation('document', { nullable: true }),
  }),
});

const unique = (list: readonly string[]) => new Set(list).size === list.length;

const TrainingEntryInput = builder.inputType('TrainingEntryInput', {
  validate: inputShape({
    title: requiredText(300, 'Enter the title of the training.'),
    provider: requiredText(200, 'Enter who provided the training.'),
    date: day,
    hours: hours(500),
    competencyDomains: z
      .array(z.string().trim())
      .max(20, 'Choose at most 20 competency domains.')
      .refine(unique, 'Choose each competency domain once.'),
    topics: z.array(z.string()).refine(unique, 'Choose each topic once.'),
  }),
  fields: (t) => ({
    title: t.string({ required: true }),
    provider: t.string({ required: true }),
    date: t.field({ type: 'Date', required: true }),
    hours: t.float({ required: true }),
    competencyDomains: t.stringList({ required: true }),
    topics: t.field({ type: [TrainingTopicEnum], required: true, defaultValue: [] }),
    documentId: t.id({ description: 'A certificate among your uploaded documents.' }),
  }),
});

export const trainingSection = definePortfolioSection({
  name: 'TrainingEntry',
  label: 'training',
  model: 'trainingEntry',
  type: TrainingEntryRef,
  input: TrainingEntryInput,
  rules: (input, { today, edition }) => {
    const known = new Set(edition.competencyDomains.map((d) => d.id));
    const unknown = input.competencyDomains.filter((id) => !known.has(id));
    return [
      ...notInFuture('date', input.date, today),
      ...(unknown.length > 0
        ? [
            {
              path: 'competencyDomains',
              message: `Not a competency domain of your association's guidelines: ${unknown.join(', ')}.`,
            },
          ]
        : []),
    ];
  },
  toData: (input) => ({
    title: input.title,
    provider: input.provider,
    date: fromIsoDay(input.date),
    hours: input.hours,
    competencyDomains: input.competencyDomains,
    topics: input.topics,
    documentId: input.documentId ? String(input.documentId) : null,
  }),
});

builder.prismaObjectField(ApplicantProfileRef, 'trainings', (t) =>
  t.relatedConnection('trainings', {
    ...portfolioConnection,
    description: 'In-service trainings, newest first.',
    query: { orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] },
  }),
);

const TrainingDomainRef = builder.objectRef<{ id: string; name: string }>('TrainingDomain').implement({
  description: 'A competency domain a training can cover, in the edition of the applicant’s association.',
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

builder.prismaObjectFields(ApplicantProfileRef, (t) => ({
  trainingDomains: t.field({
    type: [TrainingDomainRef],
    description: 'The choices for TrainingEntryInput.competencyDomains.',
    select: { association: { select: { ruleEdition: true } } },
    resolve: (profile) =>
      (getEdition(profile.association.ruleEdition)?.competencyDomains ?? []).map(({ id, name }) => ({
        id,
        name,
      })),
  }),
}));
