import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { RenewalPolicyInput } from '../../../gql/graphql';
import {
  POLICY_FIELDS,
  type PolicyFormValues,
  policySchema,
  toFieldPaths,
  toPolicyFormValues,
  toPolicyInput,
} from '../validation/policy-schema';

const RenewalPolicyForm_Update = graphql(`
  mutation RenewalPolicyForm_Update($associationId: ID!, $input: RenewalPolicyInput!) {
    updateRenewalPolicy(associationId: $associationId, input: $input) {
      __typename
      ... on MutationUpdateRenewalPolicySuccess {
        data {
          id
          renewalPolicy {
            graceDays
            reminderDays
            reinstatementDays
            reinstatementReferences
            renewalFee
            lateFee
            timeZone
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

interface RenewalPolicyFormProps {
  associationId: string;
  /** The policy in force: the API's RenewalPolicy has the input's fields. */
  policy: RenewalPolicyInput;
}

export const RenewalPolicyForm = ({ associationId, policy }: RenewalPolicyFormProps) => {
  const [update] = useMutation(RenewalPolicyForm_Update);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<PolicyFormValues>({
    resolver: zodResolver(policySchema),
    defaultValues: toPolicyFormValues(policy),
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      const { data } = await update({ variables: { associationId, input: toPolicyInput(values) } });
      const result = data?.updateRenewalPolicy;
      if (result?.__typename === 'MutationUpdateRenewalPolicySuccess') {
        // The server sorts and de-duplicates the reminders; show them as they are now stored.
        form.reset(toPolicyFormValues(result.data.renewalPolicy));
        setSaved(true);
      } else if (result) setFormError(applyResultError(toFieldPaths(result), form.setError, POLICY_FIELDS));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  const field = (
    name: keyof PolicyFormValues,
    label: string,
    description: string,
    inputMode: 'numeric' | 'decimal' | 'text' = 'numeric',
  ) => (
    <TextInput
      label={label}
      description={description}
      required
      inputMode={inputMode}
      error={errors[name]?.message}
      {...form.register(name)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert message={formError} />
        <FormAlert message={saved ? 'Renewal policy saved' : null} tone="success" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {field(
            'graceDays',
            'Grace period (days)',
            'How long after the due date a late renewal, with the late fee, is accepted.',
          )}
          {field(
            'reminderDays',
            'Reminder days before the due date',
            'One reminder for each number, separated by commas, e.g. 60, 30, 7.',
            'text',
          )}
          {field(
            'reinstatementDays',
            'Reinstatement window (days)',
            'How long after a lapse the endorsee may ask to be reinstated; 0 means they apply anew.',
          )}
          {field(
            'reinstatementReferences',
            'New references for reinstatement',
            'You confirm them before reinstating.',
          )}
          {field('renewalFee', 'Renewal fee ($)', 'Shown to endorsees; paid outside this system.', 'decimal')}
          {field('lateFee', 'Late fee ($)', 'Added to a renewal submitted after the due date.', 'decimal')}
          {field(
            'timeZone',
            'Time zone',
            "The association's calendar days decide what is due, late or lapsed, e.g. America/Detroit.",
            'text',
          )}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Save policy
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
