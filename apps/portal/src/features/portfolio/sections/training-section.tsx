import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid } from '@mantine/core';
import { graphql } from '../../../gql';
import type { TrainingEntryInput, TrainingSection_EntryFragment } from '../../../gql/graphql';
import { CheckboxGroupField, DateField, NumberField, TextField } from '../components/form-fields';
import { formatDate } from '../model/dates';
import { TOPIC_LABELS } from '../model/labels';
import {
  emptyTraining,
  type TrainingValues,
  toTrainingInput,
  toTrainingRulesEntry,
  trainingSchema,
  trainingValues,
} from '../model/training';
import type { FieldsProps, SectionConfig } from './section-config';

graphql(`
  fragment TrainingSection_Entry on TrainingEntry {
    id
    title
    provider
    date
    hours
    competencyDomains
    topics
    document {
      ...EntryDocument_Link
    }
  }
`);

const TrainingSection_List = graphql(`
  query TrainingSection_List($first: Int!, $after: String) {
    myProfile {
      id
      entries: trainings(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...TrainingSection_Entry
          }
        }
      }
    }
  }
`);

const TrainingSection_Create = graphql(`
  mutation TrainingSection_Create($input: TrainingEntryInput!) {
    result: createTrainingEntry(input: $input) {
      __typename
      ... on MutationCreateTrainingEntrySuccess {
        data {
          ...TrainingSection_Entry
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const TrainingSection_Update = graphql(`
  mutation TrainingSection_Update($id: ID!, $input: TrainingEntryInput!) {
    result: updateTrainingEntry(id: $id, input: $input) {
      __typename
      ... on MutationUpdateTrainingEntrySuccess {
        data {
          ...TrainingSection_Entry
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const TrainingSection_Delete = graphql(`
  mutation TrainingSection_Delete($id: ID!) {
    result: deleteTrainingEntry(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const TOPIC_CHOICES = Object.entries(TOPIC_LABELS).map(([value, label]) => ({ value, label }));

const TrainingFields = ({ form, env }: FieldsProps<TrainingValues>) => (
  <>
    <TextField form={form} name="title" label="Title" required />
    <TextField form={form} name="provider" label="Provider" required />
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <DateField form={form} name="date" label="Date completed" required />
      <NumberField form={form} name="hours" label="Clock hours" min={0} max={500} required />
    </SimpleGrid>
    <CheckboxGroupField
      form={form}
      name="competencyDomains"
      label="Competency areas"
      description="The areas of the Competency Guidelines® this training covered"
      choices={env.edition.competencyDomains.map((d) => ({ value: d.id, label: d.name }))}
      columns={2}
    />
    <CheckboxGroupField
      form={form}
      name="topics"
      label="Topics"
      description="Some levels ask for hours on these topics"
      choices={TOPIC_CHOICES}
    />
  </>
);

export const trainingSection: SectionConfig<
  TrainingValues,
  TrainingSection_EntryFragment,
  TrainingEntryInput,
  'trainings'
> = {
  path: 'training',
  title: 'Training',
  intro: 'In-service trainings, courses and workshops, with their clock hours.',
  addLabel: 'Add training',
  noun: { one: 'training', many: 'trainings' },
  rulesSection: 'trainings',
  withDocument: true,
  list: TrainingSection_List,
  create: TrainingSection_Create,
  update: TrainingSection_Update,
  remove: TrainingSection_Delete,
  resolver: (today) => zodResolver(trainingSchema(today)),
  fields: ['title', 'provider', 'date', 'hours', 'competencyDomains', 'topics'],
  empty: emptyTraining,
  toValues: (node, env) =>
    trainingValues(
      node,
      env.edition.competencyDomains.map((d) => d.id),
    ),
  toInput: toTrainingInput,
  toRulesEntry: toTrainingRulesEntry,
  Fields: TrainingFields,
  columns: [
    { header: 'Title', cell: (t) => t.title },
    { header: 'Provider', cell: (t) => t.provider },
    { header: 'Date completed', cell: (t) => formatDate(t.date) },
    { header: 'Clock hours', cell: (t) => t.hours },
    {
      header: 'Competency areas',
      cell: (t, env) =>
        t.competencyDomains
          .map((id) => env.edition.competencyDomains.find((d) => d.id === id)?.name ?? id)
          .join(', ') || '–',
    },
  ],
  describe: (t) => `${t.title} (${formatDate(t.date)})`,
};
