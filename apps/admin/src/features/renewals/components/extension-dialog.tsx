import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import { formatDate } from '../../queue/format-date';
import { type ExtensionValues, extensionSchema } from '../validation/renewal-action-schemas';

const ExtensionDialog_Grant = graphql(`
  mutation ExtensionDialog_Grant($endorsementId: ID!, $input: RenewalExtensionInput!) {
    grantRenewalExtension(endorsementId: $endorsementId, input: $input) {
      __typename
      ... on MutationGrantRenewalExtensionSuccess {
        data {
          id
          graceEndsOn
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

interface ExtensionDialogProps {
  endorsementId: string;
  holderName: string;
  year: number;
  /** The last day a late renewal is accepted now; an extension must go past it. */
  graceEndsOn: string;
  onClose: () => void;
  onGranted: () => void;
}

/** Lets the endorsee renew the open year late for longer (illness, leave); the reason goes to the audit trail. */
export const ExtensionDialog = (props: ExtensionDialogProps) => {
  const { endorsementId, holderName, year, graceEndsOn, onClose, onGranted } = props;
  const [grant] = useMutation(ExtensionDialog_Grant);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ExtensionValues>({
    resolver: zodResolver(extensionSchema),
    defaultValues: { until: '', reason: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      const result = (await grant({ variables: { endorsementId, input } })).data?.grantRenewalExtension;
      if (result?.__typename === 'MutationGrantRenewalExtensionSuccess') onGranted();
      else if (result) setFormError(applyResultError(result, form.setError, ['until', 'reason']));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  return (
    <Modal opened onClose={onClose} title={`Extend ${holderName}'s renewal for ${year}`} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert message={formError} />
          <TextInput
            label="Extend until"
            type="date"
            description={`Late renewals are accepted until ${formatDate(graceEndsOn)} now.`}
            required
            error={errors.until?.message}
            {...form.register('until')}
          />
          <Textarea
            label="Reason"
            description="Kept in the audit trail."
            required
            autosize
            minRows={2}
            error={errors.reason?.message}
            {...form.register('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Grant extension
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
