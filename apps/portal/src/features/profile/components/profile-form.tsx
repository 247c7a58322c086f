import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { ProfilePage_ProfileQuery } from '../../../gql/graphql';
import { type ProfileValues, profileSchema } from '../validation/profile-schema';
import { toUpdateProfileInput } from '../validation/to-update-profile-input';

const ProfileForm_UpdateProfile = graphql(`
  mutation ProfileForm_UpdateProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      __typename
      ... on MutationUpdateMyProfileSuccess {
        data {
          id
          phone
          addressLine
          city
          postalCode
          employer
          jobTitle
          membershipNumber
          membershipExpiresOn
          chapter {
            id
          }
        }
      }
      ... on Error {
        message
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

type Data = ProfilePage_ProfileQuery;

interface ProfileFormProps {
  me: NonNullable<Data['me']>;
  profile: NonNullable<Data['myProfile']>;
}

const FIELDS = [
  'name',
  'phone',
  'addressLine',
  'city',
  'postalCode',
  'employer',
  'jobTitle',
  'membershipNumber',
  'membershipExpiresOn',
  'chapterId',
] as const;

export const ProfileForm = ({ me, profile }: ProfileFormProps) => {
  const [updateProfile] = useMutation(ProfileForm_UpdateProfile);
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; message: string } | null>(null);
  const form = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: {
      name: me.name,
      phone: profile.phone ?? '',
      addressLine: profile.addressLine ?? '',
      city: profile.city ?? '',
      postalCode: profile.postalCode ?? '',
      employer: profile.employer ?? '',
      jobTitle: profile.jobTitle ?? '',
      membershipNumber: profile.membershipNumber ?? '',
      membershipExpiresOn: profile.membershipExpiresOn ?? '',
      chapterId: profile.chapter?.id ?? '',
    },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setNotice(null);
    try {
      const { data } = await updateProfile({
        variables: { input: toUpdateProfileInput(values) },
        // The name lives on the user, not the profile; update it in the cache so the header follows.
        update: (cache, { data: result }) => {
          if (result?.updateMyProfile.__typename !== 'MutationUpdateMyProfileSuccess') return;
          cache.modify({
            id: cache.identify({ __typename: 'User', id: me.id }),
            fields: { name: () => values.name },
          });
        },
      });
      const result = data?.updateMyProfile;
      if (result?.__typename === 'MutationUpdateMyProfileSuccess') {
        form.reset(values);
        setNotice({ tone: 'success', message: 'Your profile has been saved.' });
      } else if (result) {
        const message = applyResultError(result, form.setError, FIELDS);
        setNotice({ tone: 'error', message: message ?? 'Please correct the fields marked below.' });
      }
    } catch (error) {
      setNotice({ tone: 'error', message: describeRequestError(error) });
    }
  });

  const text = (name: (typeof FIELDS)[number], label: string, autoComplete?: string) => (
    <TextInput
      label={label}
      autoComplete={autoComplete}
      error={errors[name]?.message}
      {...form.register(name)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Your profile">
      <Stack gap="lg">
        <FormAlert message={notice?.message ?? null} tone={notice?.tone} />
        <Fieldset legend="About you">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Full name"
              autoComplete="name"
              required
              error={errors.name?.message}
              {...form.register('name')}
            />
            <TextInput label="Email" value={me.email} readOnly description="Used to sign in." />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Contact">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('phone', 'Phone', 'tel')}
            {text('addressLine', 'Address line', 'address-line1')}
            {text('city', 'City', 'address-level2')}
            {text('postalCode', 'Postal code', 'postal-code')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Work">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('employer', 'Employer', 'organization')}
            {text('jobTitle', 'Job title', 'organization-title')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Membership">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Association"
              value={profile.association.name}
              readOnly
              description="Set when you signed up; your coordinator can change it."
            />
            <NativeSelect
              label="Chapter"
              error={errors.chapterId?.message}
              data={[
                { value: '', label: 'No chapter' },
                ...profile.association.chapters.map((c) => ({ value: c.id, label: c.name })),
              ]}
              {...form.register('chapterId')}
            />
            {text('membershipNumber', 'Membership number')}
            <TextInput
              label="Membership expiry date"
              type="date"
              error={errors.membershipExpiresOn?.message}
              {...form.register('membershipExpiresOn')}
            />
          </SimpleGrid>
        </Fieldset>
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
