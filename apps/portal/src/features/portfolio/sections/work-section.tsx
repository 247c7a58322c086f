import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid } from '@mantine/core';
import { graphql } from '../../../gql';
import type { WorkEntryInput, WorkSection_EntryFragment } from '../../../gql/graphql';
import {
  CheckboxField,
  DateField,
  NumberField,
  SelectField,
  TextareaField,
  TextField,
} from '../components/form-fields';
import { formatPeriod } from '../model/dates';
import { options, WORK_KIND_LABELS } from '../model/labels';
import {
  emptyWork,
  toWorkInput,
  toWorkRulesEntry,
  type WorkValues,
  workSchema,
  workValues,
} from '../model/work';
import type { FieldsProps, SectionConfig } from './section-config';

graphql(`
  fragment WorkSection_Entry on WorkEntry {
    id
    role
    employer
    paid
    kind
    startDate
    endDate
    hoursPerWeek
    servesInfantsFamilies
    familiesServed
    supervised
    description
    document {
      ...EntryDocument_Link
    }
  }
`);

const WorkSection_List = graphql(`
  query WorkSection_List($first: Int!, $after: String) {
    myProfile {
      id
      entries: work(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...WorkSection_Entry
          }
        }
      }
    }
  }
`);

const WorkSection_Create = graphql(`
  mutation WorkSection_Create($input: WorkEntryInput!) {
    result: createWorkEntry(input: $input) {
      __typename
      ... on MutationCreateWorkEntrySuccess {
        data {
          ...WorkSection_Entry
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

const WorkSection_Update = graphql(`
  mutation WorkSection_Update($id: ID!, $input: WorkEntryInput!) {
    result: updateWorkEntry(id: $id, input: $input) {
      __typename
      ... on MutationUpdateWorkEntrySuccess {
        data {
          ...WorkSection_Entry
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

const WorkSection_Delete = graphql(`
  mutation WorkSection_Delete($id: ID!) {
    result: deleteWorkEntry(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const WorkFields = ({ form }: FieldsProps<WorkValues>) => (
  <>
    <TextField form={form} name="role" label="Role" required />
    <TextField form={form} name="employer" label="Employer" required />
    <SelectField form={form} name="kind" label="Kind of work" data={options(WORK_KIND_LABELS)} required />
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <DateField form={form} name="startDate" label="Start date" required />
      <DateField
        form={form}
        name="endDate"
        label="End date"
        description="Leave empty if this is your current job"
      />
    </SimpleGrid>
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <NumberField form={form} name="hoursPerWeek" label="Hours per week" min={1} max={80} required />
      <NumberField
        form={form}
        name="familiesServed"
        label="Families served"
        description="Families with infants/toddlers (birth to 36 months)"
        min={0}
        max={10_000}
        decimals={false}
      />
    </SimpleGrid>
    <CheckboxField form={form} name="paid" label="Paid" />
    <CheckboxField form={form} name="servesInfantsFamilies" label="Serves infants/toddlers and families" />
    <CheckboxField form={form} name="supervised" label="Supervised" description="By a program supervisor" />
    <TextareaField
      form={form}
      name="description"
      label="Description"
      description="What you did in this role"
    />
  </>
);

export const workSection: SectionConfig<WorkValues, WorkSection_EntryFragment, WorkEntryInput, 'work'> = {
  path: 'work',
  title: 'Work experience',
  intro:
    'Paid and volunteer roles with infants, toddlers and families. List two roles held at once separately.',
  addLabel: 'Add work',
  noun: { one: 'work entry', many: 'work entries' },
  rulesSection: 'work',
  withDocument: true,
  list: WorkSection_List,
  create: WorkSection_Create,
  update: WorkSection_Update,
  remove: WorkSection_Delete,
  resolver: (today) => zodResolver(workSchema(today)),
  fields: [
    'role',
    'employer',
    'paid',
    'kind',
    'startDate',
    'endDate',
    'hoursPerWeek',
    'servesInfantsFamilies',
    'familiesServed',
    'supervised',
    'description',
  ],
  empty: emptyWork,
  toValues: workValues,
  toInput: toWorkInput,
  toRulesEntry: toWorkRulesEntry,
  Fields: WorkFields,
  columns: [
    { header: 'Role', cell: (w) => w.role },
    { header: 'Employer', cell: (w) => w.employer },
    { header: 'Kind of work', cell: (w) => WORK_KIND_LABELS[w.kind] },
    { header: 'Period', cell: (w) => formatPeriod(w.startDate, w.endDate) },
    { header: 'Hours per week', cell: (w) => `${w.hoursPerWeek}${w.paid ? '' : ' (volunteer)'}` },
  ],
  describe: (w) => `${w.role} at ${w.employer}`,
};
