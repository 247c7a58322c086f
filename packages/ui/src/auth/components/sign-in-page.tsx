import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { LoadApolloClient } from '../../apollo/lazy-apollo-client';
import { applyResultError } from '../../forms/apply-result-error';
import { FormAlert } from '../../forms/components/form-alert';
import { PasswordField } from '../../forms/components/password-field';
import { describeRequestError } from '../../forms/describe-request-error';
import { graphql } from '../../gql';
import { safeNextPath } from '../safe-next-path';
import { type SignInValues, signInSchema } from '../validation/sign-in-schema';
import { AuthLayout } from './auth-layout';

const SignInPage_SignIn = graphql(`
  mutation SignInPage_SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on MutationSignInSuccess {
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
      ... on TooManyAttemptsError {
        retryAfterSeconds
      }
    }
  }
`);

interface SignInPageProps {
  /** Apollo is not part of the first download (see `lazyApolloClient`); this page sends one mutation. */
  loadApolloClient: LoadApolloClient;
  title?: string;
  /** Shown after the product name in the page frame. */
  appName?: string;
  /**
   * Where "Forgot your password?" goes: `to` is a path inside this app's router, `href` leaves it (the
   * admin console sends people to the portal, which owns password resets).
   */
  forgotPassword: { to: string } | { href: string };
  /** This app's sign-up page; without it the page offers no sign-up (staff accounts are made elsewhere). */
  signUpPath?: string;
}

export const SignInPage = ({
  loadApolloClient,
  title = 'Sign in',
  appName,
  forgotPassword,
  signUpPath,
}: SignInPageProps) => {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    // Apollo downloads while the person types; if that fails, sending the form tries again and says so.
    loadApolloClient().catch(() => {});
  }, [loadApolloClient]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const client = await loadApolloClient();
      const { data } = await client.mutate({ mutation: SignInPage_SignIn, variables: { input: values } });
      const result = data?.signIn;
      if (result?.__typename === 'MutationSignInSuccess') {
        // Drop anything cached for a previous person before the signed-in pages load.
        await client.clearStore();
        await navigate(safeNextPath(params.get('next'), '/'), { replace: true });
        return;
      }
      if (result) setFormError(applyResultError(result, form.setError, ['email', 'password']));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  const forgotPasswordLink =
    'href' in forgotPassword ? (
      <Anchor href={forgotPassword.href} size="sm">
        Forgot your password?
      </Anchor>
    ) : (
      <Anchor component={Link} to={forgotPassword.to} size="sm">
        Forgot your password?
      </Anchor>
    );

  return (
    <AuthLayout title={title} appName={appName}>
      {params.get('reason') === 'expired' && (
        <Alert color="yellow" variant="light" role="status">
          Your session has expired. Please sign in again.
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
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
            autoComplete="current-password"
            required
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Button type="submit" loading={isSubmitting}>
            Sign in
          </Button>
        </Stack>
      </form>
      {signUpPath ? (
        <Group justify="space-between">
          {forgotPasswordLink}
          <Text size="sm">
            New here?{' '}
            <Anchor component={Link} to={signUpPath}>
              Create an account
            </Anchor>
          </Text>
        </Group>
      ) : (
        forgotPasswordLink
      )}
    </AuthLayout>
  );
};
