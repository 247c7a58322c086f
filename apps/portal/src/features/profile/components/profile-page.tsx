import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { describeRequestError } from '@imh/ui';
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../../gql';
import { ProfileForm } from './profile-form';

const ProfilePage_Profile = graphql(`
  query ProfilePage_Profile {
    me {
      id
      name
      email
    }
    myProfile {
      id
      phone
      addressLine
      city
      postalCode
      employer
      jobTitle
      membershipNumber
      membershipExpiresOn
      association {
        id
        name
        chapters {
          id
          name
        }
      }
      chapter {
        id
      }
    }
  }
`);

const isForbidden = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');

export const ProfilePage = () => {
  // 'all' keeps `me` when `myProfile` is refused, so a staff member without a profile gets an explanation.
  const { data, loading, error } = useQuery(ProfilePage_Profile, { errorPolicy: 'all' });

  const body = (() => {
    if (loading && !data) return <Loader aria-label="Loading your profile" />;
    const me = data?.me;
    const profile = data?.myProfile;
    if (me && profile) return <ProfileForm me={me} profile={profile} />;
    if (error && !isForbidden(error)) {
      return (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      );
    }
    return (
      <Alert color="blue" variant="light">
        <Text>
          Your account has no applicant profile. If you work with applications, use the{' '}
          <Anchor href="/admin/">admin console</Anchor>.
        </Text>
      </Alert>
    );
  })();

  return (
    <Stack gap="lg" maw={820}>
      <div>
        <Title order={1}>Your profile</Title>
        <Text c="dimmed">Keep your contact, work and membership details current.</Text>
      </div>
      {body}
    </Stack>
  );
};
