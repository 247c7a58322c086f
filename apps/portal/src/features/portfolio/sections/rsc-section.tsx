import { zodResolver } from '@hookform/resolvers/zod';
import { LEVEL_CODES, levelName, TRACK_NAMES } from '@imh/competencies';
import { SimpleGrid } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { RscEntryInput, RscSection_EntryFragment } from '../../../gql/graphql';
import { CheckboxField, DateField, NumberField, SelectField, TextField } from '../components/form-fields';
import { formatPeriod } from '../model/dates';
import { DEGREE_LABELS, FORMAT_LABELS, options } from '../model/labels';
import { emptyRsc, type RscValues, rscSchema, rscValues, toRscInput, toRscRulesEntry } from '../model/rsc';
import type { FieldsProps, SectionConfig } from './section-config';

graphql(`
  fragment RscSection_Entry on RscEntry {
    id
    startDate
    endDate
    hours
    format
    providerName
    providerEmail
    providerLevel
    providerTrack
    providerDegree
    peer
    aboutApplicantsOwnRsc
    document {
      ...EntryDocument_Link
    }
  }
`);

const RscSection_List = graphql(`
  query RscSection_List($first: Int!, $after: String) {
    myProfile {
      id
      entries: rsc(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...RscSection_Entry
          }
        }
      }
    }
  }
`);

const RscSection_Create = graphql(`
  mutation RscSection_Create($input: RscEntryInput!) {
    result: createRscEntry(input: $input) {
      __typename
      ... on MutationCreateRscEntrySuccess {
        data {
          ...RscSection_Entry
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

const RscSection_Update = graphql(`
  mutation RscSection_Update($id: ID!, $input: RscEntryInput!) {
    result: updateRscEntry(id: $id, input: $input) {
      __typename
      ... on MutationUpdateRscEntrySuccess {
        data {
          ...RscSection_Entry
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

const RscSection_Delete = graphql(`
  mutation RscSection_Delete($id: ID!) {
    result: deleteRscEntry(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const RscFields = ({ form, env }: FieldsProps<RscValues>) => {
  const providerLevel = useWatch({ control: form.control, name: 'providerLevel' });
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField form={form} name="startDate" label="Start date" required />
        <DateField form={form} name="endDate" label="End date" required />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <NumberField form={form} name="hours" label="Hours" min={0} max={1000} required />
        <SelectField form={form} name="format" label="Format" data={options(FORMAT_LABELS)} required />
      </SimpleGrid>
      <TextField form={form} name="providerName" label="Provider's name" required />
      <TextField form={form} name="providerEmail" label="Provider's email" />
      <SelectField
        form={form}
        name="providerLevel"
        label="Provider's Endorsement level"
        description="When you received this RSC"
        data={[
          { value: '', label: 'Not endorsed' },
          ...LEVEL_CODES.map((code) => ({ value: code, label: levelName(env.edition, code) ?? code })),
        ]}
      />
      {providerLevel === 'IMHM' && (
        <SelectField
          form={form}
          name="providerTrack"
          label="Provider's Mentor track"
          data={options(TRACK_NAMES, 'Not known')}
        />
      )}
      <SelectField
        form={form}
        name="providerDegree"
        label="Provider's degree"
        data={options(DEGREE_LABELS, 'Not known')}
      />
      <CheckboxField
        form={form}
        name="peer"
        label="Peer group without an identified provider"
        description="Colleagues meeting on their own: this does not count toward an application"
      />
      <CheckboxField
        form={form}
        name="aboutApplicantsOwnRsc"
        label="About the reflective supervision I provide"
      />
    </>
  );
};

export const rscSection: SectionConfig<RscValues, RscSection_EntryFragment, RscEntryInput, 'rsc'> = {
  path: 'rsc',
  title: 'Reflective supervision',
  intro: 'Reflective supervision/consultation you received, logged by period (a month, a quarter…).',
  addLabel: 'Add reflective supervision',
  noun: { one: 'reflective supervision entry', many: 'reflective supervision entries' },
  rulesSection: 'rsc',
  withDocument: true,
  list: RscSection_List,
  create: RscSection_Create,
  update: RscSection_Update,
  remove: RscSection_Delete,
  resolver: (today) => zodResolver(rscSchema(today)),
  fields: [
    'startDate',
    'endDate',
    'hours',
    'format',
    'providerName',
    'providerEmail',
    'providerLevel',
    'providerTrack',
    'providerDegree',
    'peer',
    'aboutApplicantsOwnRsc',
  ],
  empty: emptyRsc,
  toValues: rscValues,
  toInput: toRscInput,
  toRulesEntry: toRscRulesEntry,
  Fields: RscFields,
  columns: [
    { header: 'Period', cell: (r) => formatPeriod(r.startDate, r.endDate) },
    { header: 'Hours', cell: (r) => r.hours },
    { header: 'Format', cell: (r) => FORMAT_LABELS[r.format] },
    {
      header: 'Provider',
      cell: (r, env) => {
        if (r.peer) return `${r.providerName} (peer group)`;
        const level = r.providerLevel ? (levelName(env.edition, r.providerLevel) ?? r.providerLevel) : null;
        const track = r.providerTrack ? ` (${TRACK_NAMES[r.providerTrack]})` : '';
        return level ? `${r.providerName}, ${level}${track}` : `${r.providerName}, not endorsed`;
      },
    },
  ],
  describe: (r) => `${r.providerName}, ${formatPeriod(r.startDate, r.endDate)}`,
};
