import { zodResolver } from '@hookform/resolvers/zod';
import { graphql } from '../../../gql';
import type { EducationEntryInput, EducationSection_EntryFragment } from '../../../gql/graphql';
import { DateField, SelectField, TextField } from '../components/form-fields';
import { formatDate } from '../model/dates';
import {
  type EducationValues,
  educationSchema,
  educationValues,
  emptyEducation,
  toEducationInput,
  toEducationRulesEntry,
} from '../model/education';
import { DEGREE_LABELS, options } from '../model/labels';
import type { FieldsProps, SectionConfig } from './section-config';

graphql(`
  fragment EducationSection_Entry on EducationEntry {
    id
    degreeLevel
    field
    institution
    completedOn
    document {
      ...EntryDocument_Link
    }
  }
`);

const EducationSection_List = graphql(`
  query EducationSection_List($first: Int!, $after: String) {
    myProfile {
      id
      entries: education(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...EducationSection_Entry
          }
        }
      }
    }
  }
`);

const EducationSection_Create = graphql(`
  mutation EducationSection_Create($input: EducationEntryInput!) {
    result: createEducationEntry(input: $input) {
      __typename
      ... on MutationCreateEducationEntrySuccess {
        data {
          ...EducationSection_Entry
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

const EducationSection_Update = graphql(`
  mutation EducationSection_Update($id: ID!, $input: EducationEntryInput!) {
    result: updateEducationEntry(id: $id, input: $input) {
      __typename
      ... on MutationUpdateEducationEntrySuccess {
        data {
          ...EducationSection_Entry
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

const EducationSection_Delete = graphql(`
  mutation EducationSection_Delete($id: ID!) {
    result: deleteEducationEntry(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const EducationFields = ({ form }: FieldsProps<EducationValues>) => (
  <>
    <SelectField form={form} name="degreeLevel" label="Degree" data={options(DEGREE_LABELS)} required />
    <TextField form={form} name="field" label="Field of study" required />
    <TextField form={form} name="institution" label="Institution" required />
    <DateField
      form={form}
      name="completedOn"
      label="Completed on"
      description="Leave empty while in progress"
    />
  </>
);

export const educationSection: SectionConfig<
  EducationValues,
  EducationSection_EntryFragment,
  EducationEntryInput,
  'education'
> = {
  path: 'education',
  title: 'Education',
  intro: 'Your degrees, including one you are still working on.',
  addLabel: 'Add education',
  noun: { one: 'education entry', many: 'education entries' },
  rulesSection: 'education',
  withDocument: true,
  list: EducationSection_List,
  create: EducationSection_Create,
  update: EducationSection_Update,
  remove: EducationSection_Delete,
  resolver: (today) => zodResolver(educationSchema(today)),
  fields: ['degreeLevel', 'field', 'institution', 'completedOn'],
  empty: emptyEducation,
  toValues: educationValues,
  toInput: toEducationInput,
  toRulesEntry: toEducationRulesEntry,
  Fields: EducationFields,
  columns: [
    { header: 'Degree', cell: (e) => DEGREE_LABELS[e.degreeLevel] },
    { header: 'Field of study', cell: (e) => e.field },
    { header: 'Institution', cell: (e) => e.institution },
    { header: 'Completed on', cell: (e) => (e.completedOn ? formatDate(e.completedOn) : 'In progress') },
  ],
  describe: (e) => `${DEGREE_LABELS[e.degreeLevel]}, ${e.field} (${e.institution})`,
};
