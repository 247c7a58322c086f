import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid } from '@mantine/core';
import { graphql } from '../../../gql';
import type { MembershipEntryInput, MembershipSection_EntryFragment } from '../../../gql/graphql';
import { DateField, TextField } from '../components/form-fields';
import { formatPeriod } from '../model/dates';
import {
  emptyMembership,
  type MembershipValues,
  membershipSchema,
  membershipValues,
  toMembershipInput,
  toMembershipRulesEntry,
} from '../model/membership';
import type { FieldsProps, SectionConfig } from './section-config';

graphql(`
  fragment MembershipSection_Entry on MembershipEntry {
    id
    associationName
    memberNumber
    startsOn
    endsOn
  }
`);

const MembershipSection_List = graphql(`
  query MembershipSection_List($first: Int!, $after: String) {
    myProfile {
      id
      entries: memberships(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...MembershipSection_Entry
          }
        }
      }
    }
  }
`);

const MembershipSection_Create = graphql(`
  mutation MembershipSection_Create($input: MembershipEntryInput!) {
    result: createMembershipEntry(input: $input) {
      __typename
      ... on MutationCreateMembershipEntrySuccess {
        data {
          ...MembershipSection_Entry
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

const MembershipSection_Update = graphql(`
  mutation MembershipSection_Update($id: ID!, $input: MembershipEntryInput!) {
    result: updateMembershipEntry(id: $id, input: $input) {
      __typename
      ... on MutationUpdateMembershipEntrySuccess {
        data {
          ...MembershipSection_Entry
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

const MembershipSection_Delete = graphql(`
  mutation MembershipSection_Delete($id: ID!) {
    result: deleteMembershipEntry(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const MembershipFields = ({ form }: FieldsProps<MembershipValues>) => (
  <>
    <TextField form={form} name="associationName" label="Association" required />
    <TextField form={form} name="memberNumber" label="Member number" />
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      <DateField form={form} name="startsOn" label="Starts on" required />
      <DateField
        form={form}
        name="endsOn"
        label="Ends on"
        description="The last day paid for; may be in the future"
        required
      />
    </SimpleGrid>
  </>
);

export const membershipSection: SectionConfig<
  MembershipValues,
  MembershipSection_EntryFragment,
  MembershipEntryInput,
  'memberships'
> = {
  path: 'membership',
  title: 'Memberships',
  intro: 'Your membership in an infant mental health association, which every level requires.',
  addLabel: 'Add membership',
  noun: { one: 'membership', many: 'memberships' },
  rulesSection: 'memberships',
  withDocument: false,
  list: MembershipSection_List,
  create: MembershipSection_Create,
  update: MembershipSection_Update,
  remove: MembershipSection_Delete,
  resolver: (today) => zodResolver(membershipSchema(today)),
  fields: ['associationName', 'memberNumber', 'startsOn', 'endsOn'],
  empty: emptyMembership,
  toValues: membershipValues,
  toInput: (values) => toMembershipInput(values),
  toRulesEntry: (values) => toMembershipRulesEntry(values),
  Fields: MembershipFields,
  columns: [
    { header: 'Association', cell: (m) => m.associationName },
    { header: 'Member number', cell: (m) => m.memberNumber ?? '–' },
    { header: 'Period', cell: (m) => formatPeriod(m.startsOn, m.endsOn) },
  ],
  describe: (m) => `${m.associationName}, ${formatPeriod(m.startsOn, m.endsOn)}`,
};
