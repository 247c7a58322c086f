import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid } from '@mantine/core';
import { graphql } from '../../../gql';
import type { LeadershipEntryInput, LeadershipSection_EntryFragment } from '../../../gql/graphql';
import { DateField, SelectField, TextareaField } from '../components/form-fields';
import { formatPeriod } from '../model/dates';
import { options, SCOPE_LABELS } from '../model/labels';
import {
  emptyLeadership,
  type LeadershipValues,
  leadershipSchema,
  leadershipValues,
  toLeadershipInput,
  toLeadershipRulesEntry,
} from '../model/leadership';
import type { FieldsProps, SectionConfig } from './section-config';

graphql(`
  fragment LeadershipSection_Entry on LeadershipEntry {
    id
    description
    scope
    startDate
    endDate
  }
`);

const LeadershipSection_List = graphql(`
  query LeadershipSection_List($first: Int!, $after: String) {
    myProfile {
      id
      entries: leadership(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...LeadershipSection_Entry
          }
        }
      }
    }
  }
`);

const LeadershipSection_Create = graphql(`
  mutation LeadershipSection_Create($input: LeadershipEntryInput!) {
    result: createLeadershipEntry(input: $input) {
      __typename
      ... on MutationCreateLeadershipEntrySuccess {
        data {
          ...LeadershipSection_Entry
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

const LeadershipSection_Update = graphql(`
  mutation LeadershipSection_Update($id: ID!, $input: LeadershipEntryInput!) {
    result: updateLeadershipEntry(id: $id, input: $input) {
      __typename
      ... on MutationUpdateLeadershipEntrySuccess {
        data {
          ...LeadershipSection_Entry
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

const LeadershipSection_Delete = graphql(`
  mutation LeadershipSection_Delete($id: ID!) {
    result: deleteLeadershipEntry(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const LeadershipFields = ({ form }: FieldsProps<LeadershipValues>) => (
  <>
    <TextareaField
      form={form}
      name="description"
      label="Description"
      description="A committee, board, conference planning, advocacy…"
      required
    />
    <SelectField form={form} name="scope" label="Scope" data={options(SCOPE_LABELS)} required />
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <DateField form={form} name="startDate" label="Start date" required />
      <DateField form={form} name="endDate" label="End date" description="Leave empty while ongoing" />
    </SimpleGrid>
  </>
);

export const leadershipSection: SectionConfig<
  LeadershipValues,
  LeadershipSection_EntryFragment,
  LeadershipEntryInput,
  'leadership'
> = {
  path: 'leadership',
  title: 'Leadership',
  intro: 'Leadership activities outside your job itself, at local, regional, state or national level.',
  addLabel: 'Add leadership activity',
  noun: { one: 'leadership activity', many: 'leadership activities' },
  rulesSection: 'leadership',
  withDocument: false,
  list: LeadershipSection_List,
  create: LeadershipSection_Create,
  update: LeadershipSection_Update,
  remove: LeadershipSection_Delete,
  resolver: (today) => zodResolver(leadershipSchema(today)),
  fields: ['description', 'scope', 'startDate', 'endDate'],
  empty: emptyLeadership,
  toValues: leadershipValues,
  toInput: (values) => toLeadershipInput(values),
  toRulesEntry: toLeadershipRulesEntry,
  Fields: LeadershipFields,
  columns: [
    { header: 'Description', cell: (l) => l.description },
    { header: 'Scope', cell: (l) => SCOPE_LABELS[l.scope] },
    { header: 'Period', cell: (l) => formatPeriod(l.startDate, l.endDate) },
  ],
  describe: (l) => l.description,
};
