import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import { type ReturnRenewalValues, returnRenewalSchema } from '../validation/renewal-action-schemas';

const ReturnRenewalDialog_Return = graphql(`
  mutation ReturnRenewalDialog_Return($renewalId: ID!, $message: String!) {
    returnRenewal(renewalId: $renewalId, message: $message) {
      __typename
      ... on MutationReturnRenewalSuccess {
        data {
          id
          status
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

interface ReturnRenewalDialogProps {
  renewalId: string;
  holderName: string;
  onClose: () => void;
  onReturned: () => void;
}

/** Sends a submitted renewal or reinstatement back with what to change; the endorsee can submit again. */
export const ReturnRenewalDialog = ({
  renewalId,
  holderName,
  onClose,
  onReturned,
}: ReturnRenewalDialogProps) => {
  const [returnRenewal] = useMutation(ReturnRenewalDialog_Return);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReturnRenewalValues>({
    resolver: zodResolver(returnRenewalSchema),
    defaultValues: { message: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ message }) => {
    setFormError(null);
    try {
      const result = (await returnRenewal({ variables: { renewalId, message } })).data?.returnRenewal;
      if (result?.__typename === 'MutationReturnRenewalSuccess') onReturned();
      else if (result) setFormError(applyResultError(result, form.setError, ['message']));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  return (
    <Modal opened onClose={onClose} title={`Return the renewal to ${holderName}`} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert message={formError} />
          <Textarea
            label="Message to the endorsee"
            description="Sent to them by email with the renewal; say what to change."
            required
            autosize
            minRows={3}
            error={errors.message?.message}
            {...form.register('message')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Return renewal
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
