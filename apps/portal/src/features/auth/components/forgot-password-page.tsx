import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { AuthLayout, applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { type ForgotPasswordValues, forgotPasswordSchema } from '../validation/forgot-password-schema';

const ForgotPasswordPage_RequestReset = graphql(`
  mutation ForgotPasswordPage_RequestReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
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

export const ForgotPasswordPage = () => {
  const [requestReset] = useMutation(ForgotPasswordPage_RequestReset);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const form = useForm<ForgotPasswordValues>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await requestReset({ variables: { input: values } });
      const result = data?.requestPasswordReset;
      if (result?.__typename === 'MutationRequestPasswordResetSuccess') setSent(true);
      else if (result) setFormError(applyResultError(result, form.setError, ['email']));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  return (
    <AuthLayout
      title="Reset your password"
      intro={<Text size="sm">Enter the email address you signed up with and we'll send you a link.</Text>}
    >
      {sent ? (
        // Worded the same whether or not the account exists, so the page cannot reveal who has one.
        <FormAlert tone="success" message="If an account exists for that address, we've emailed a link." />
      ) : (
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
            <Button type="submit" loading={isSubmitting}>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        Back to sign in
      </Anchor>
    </AuthLayout>
  );
};
