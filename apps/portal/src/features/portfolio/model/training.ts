import type { TrainingEntry } from '@imh/competencies';
import { z } from 'zod/mini';
import type { TrainingEntryInput, TrainingTopic } from '../../../gql/graphql';
import { todayIso } from '../../progress/live-evaluation';
import { isRealDate } from './dates';
import { asNumber, numberValue, requiredDate, requiredText } from './field-rules';
import { TOPICS } from './labels';

export const trainingSchema = (today: string) =>
  z.object({
    title: requiredText(300, 'Enter the title of the training.'),
    provider: requiredText(200, 'Enter who provided the training.'),
    date: requiredDate('Enter the date you completed it.', { today }),
    hours: numberValue({
      missing: 'Enter the clock hours.',
      range: 'Enter a number of hours above 0 and at most 500.',
      min: 0,
      max: 500,
      exclusiveMin: true,
    }),
    competencyDomains: z
      .array(z.string())
      .check(z.maxLength(20, { error: 'Choose at most 20 competency areas.' })),
    topics: z.array(z.enum(TOPICS as [TrainingTopic, ...TrainingTopic[]])),
  });

export type TrainingValues = z.infer<ReturnType<typeof trainingSchema>>;

export interface TrainingNode {
  id: string;
  title: string;
  provider: string;
  date: string;
  hours: number;
  competencyDomains: string[];
  topics: TrainingTopic[];
}

export const emptyTraining = (): TrainingValues => ({
  title: '',
  provider: '',
  date: '',
  hours: '',
  competencyDomains: [],
  topics: [],
});

/**
 * `domainIds` are the areas the form offers (the association's edition); an id saved under another
 * edition cannot be shown as a choice, and the API would refuse it on save, so it is left out.
 */
export const trainingValues = (node: TrainingNode, domainIds: readonly string[]): TrainingValues => ({
  title: node.title,
  provider: node.provider,
  date: node.date,
  hours: node.hours,
  competencyDomains: node.competencyDomains.filter((id) => domainIds.includes(id)),
  topics: node.topics,
});

export const toTrainingInput = (values: TrainingValues, documentId: string | null): TrainingEntryInput => ({
  title: values.title.trim(),
  provider: values.provider.trim(),
  date: values.date,
  hours: asNumber(values.hours) ?? 0,
  competencyDomains: [...new Set(values.competencyDomains)],
  topics: [...new Set(values.topics)],
  documentId,
});

export const toTrainingRulesEntry = (values: TrainingValues, id: string): TrainingEntry | null => {
  if (values.date !== '' && !isRealDate(values.date)) return null;
  return {
    id,
    title: values.title,
    // Hours usually come before the date is typed: until then the preview counts them as of today.
    date: values.date === '' ? todayIso() : values.date,
    hours: Math.max(0, asNumber(values.hours) ?? 0),
    domains: values.competencyDomains,
    topics: values.topics,
  };
};
