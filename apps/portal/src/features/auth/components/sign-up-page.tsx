import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { AuthLayout, applyResultError, describeRequestError, FormAlert, PasswordField } from '@imh/ui';
import { Anchor, Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { MIN_PASSWORD_LENGTH } from '../validation/new-password-schema';
import { type SignUpValues, signUpSchema } from '../validation/sign-up-schema';

const SignUpPage_Associations = graphql(`
  query SignUpPage_Associations {
    associations {
      id
      name
      chapters {
        id
        name
      }
    }
  }
`);

const SignUpPage_SignUp = graphql(`
  mutation SignUpPage_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on MutationSignUpSuccess {
        data {
          id
          name
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

const FIELDS = ['name', 'email', 'password', 'associationId', 'chapterId'] as const;

export const SignUpPage = () => {
  const navigate = useNavigate();
  const client = useApolloClient();
  const associationsQuery = useQuery(SignUpPage_Associations);
  const [signUp] = useMutation(SignUpPage_SignUp);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: '', email: '', password: '', associationId: '', chapterId: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const associations = associationsQuery.data?.associations ?? [];
  const associationId = form.watch('associationId');
  const chapters = associations.find((a) => a.id === associationId)?.chapters ?? [];

  // With a single association there is nothing to choose; preselect it.
  useEffect(() => {
    const only = associations.length === 1 ? associations[0] : undefined;
    if (only && form.getValues('associationId') === '') form.setValue('associationId', only.id);
  }, [associations, form]);

  const onSubmit = form.handleSubmit(async ({ chapterId, ...values }) => {
    setFormError(null);
    try {
      const input = { ...values, chapterId: chapterId === '' ? null : chapterId };
      const { data } = await signUp({ variables: { input } });
      const result = data?.signUp;
      if (result?.__typename === 'MutationSignUpSuccess') {
        await client.clearStore();
        await navigate('/profile', { replace: true });
        return;
      }
      if (result?.__typename === 'ConflictError') {
        form.setError('email', { type: 'server', message: result.message });
        setFormError(`${result.message} You can sign in or reset your password instead.`);
        return;
      }
      if (result) setFormError(applyResultError(result, form.setError, FIELDS));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  return (
    <AuthLayout
      title="Create your account"
      intro={<Text size="sm">Apply for the Endorsement® and keep your profile up to date.</Text>}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          {associationsQuery.error && (
            <FormAlert message="We could not load the list of associations. Please reload the page." />
          )}
          <TextInput
            label="Full name"
            autoComplete="name"
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            error={errors.email?.message}
            {...form.register('email')}
          />
          <PasswordField
            label="Password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember.`}
            autoComplete="new-password"
            required
            error={errors.password?.message}
            {...form.register('password')}
          />
          <NativeSelect
            label="Association"
            required
            disabled={associationsQuery.loading}
            error={errors.associationId?.message}
            data={[
              { value: '', label: associationsQuery.loading ? 'Loading…' : 'Choose your association' },
              ...associations.map((a) => ({ value: a.id, label: a.name })),
            ]}
            {...form.register('associationId', {
              // A chapter belongs to one association; a new association clears the old choice.
              onChange: () => form.setValue('chapterId', ''),
            })}
          />
          <NativeSelect
            label="Chapter"
            description="Optional. The affiliate chapter you belong to, if any."
            disabled={chapters.length === 0}
            error={errors.chapterId?.message}
            data={[
              { value: '', label: 'No chapter' },
              ...chapters.map((c) => ({ value: c.id, label: c.name })),
            ]}
            {...form.register('chapterId')}
          />
          <Button type="submit" loading={isSubmitting}>
            Create account
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
      </Text>
    </AuthLayout>
  );
};
