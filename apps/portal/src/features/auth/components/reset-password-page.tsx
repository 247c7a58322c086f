import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { AuthLayout, applyResultError, describeRequestError, FormAlert, PasswordField } from '@imh/ui';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { MIN_PASSWORD_LENGTH } from '../validation/new-password-schema';
import { type ResetPasswordValues, resetPasswordSchema } from '../validation/reset-password-schema';

const ResetPasswordPage_Reset = graphql(`
  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
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

const RequestNewLink = () => (
  <Anchor component={Link} to="/forgot-password">
    Request a new link
  </Anchor>
);

export const ResetPasswordPage = () => {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [resetPassword] = useMutation(ResetPasswordPage_Reset);
  const [formError, setFormError] = useState<string | null>(null);
  const [tokenRejected, setTokenRejected] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { password: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      const { data } = await resetPassword({ variables: { input: { token, password } } });
      const result = data?.resetPassword;
      if (result?.__typename === 'MutationResetPasswordSuccess') setDone(true);
      else if (result?.__typename === 'InvalidTokenError') setTokenRejected(result.message);
      else if (result) setFormError(applyResultError(result, form.setError, ['password']));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  if (!token || tokenRejected) {
    return (
      <AuthLayout title="Choose a new password">
        <Alert color="red" variant="light" role="alert">
          {tokenRejected ?? 'This reset link is incomplete.'} Reset links work once and expire after a while.
        </Alert>
        <RequestNewLink />
      </AuthLayout>
    );
  }

  if (done) {
    return (
      <AuthLayout title="Choose a new password">
        <FormAlert tone="success" message="Your password has been changed." />
        <Anchor component={Link} to="/sign-in">
          Sign in with your new password
        </Anchor>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Choose a new password"
      intro={<Text size="sm">Use at least {MIN_PASSWORD_LENGTH} characters.</Text>}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormAlert message={formError} />
          <PasswordField
            label="New password"
            autoComplete="new-password"
            required
            error={errors.password?.message}
            {...form.register('password')}
          />
          <PasswordField
            label="Confirm new password"
            autoComplete="new-password"
            required
            error={errors.confirmPassword?.message}
            {...form.register('confirmPassword')}
          />
          <Button type="submit" loading={isSubmitting}>
            Set new password
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
};
