import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { RenewalKind } from '../../../gql/graphql';
import {
  type ReinstateValues,
  reinstateSchema,
  toApproveVariables,
} from '../validation/renewal-action-schemas';

const ApproveRenewalDialog_Approve = graphql(`
  mutation ApproveRenewalDialog_Approve($renewalId: ID!, $conditionsConfirmed: Boolean) {
    approveRenewal(renewalId: $renewalId, conditionsConfirmed: $conditionsConfirmed) {
      __typename
      ... on MutationApproveRenewalSuccess {
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

const REINSTATEMENT_CONDITIONS =
  'The reinstatement conditions are met (new references, processing fee, membership)';

interface ApproveRenewalDialogProps {
  renewalId: string;
  kind: RenewalKind;
  holderName: string;
  year: number;
  /** The association's policy: how many new references a reinstatement needs. */
  referencesNeeded: number;
  onClose: () => void;
  onApproved: () => void;
}

/**
 * Approving a renewal moves the expiry to the next year; approving a reinstatement makes a lapsed
 * endorsement active again, which needs the coordinator's word on conditions checked outside the system.
 */
export const ApproveRenewalDialog = (props: ApproveRenewalDialogProps) => {
  const { renewalId, kind, holderName, year, referencesNeeded, onClose, onApproved } = props;
  const reinstating = kind === 'REINSTATEMENT';
  const [approve] = useMutation(ApproveRenewalDialog_Approve);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReinstateValues>({
    // A yearly renewal asks for no confirmation beyond the dialog itself.
    resolver: reinstating ? zodResolver(reinstateSchema) : undefined,
    defaultValues: { conditionsConfirmed: false },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const variables = toApproveVariables(renewalId, kind, values);
      const result = (await approve({ variables })).data?.approveRenewal;
      if (result?.__typename === 'MutationApproveRenewalSuccess') onApproved();
      else if (result) setFormError(applyResultError(result, form.setError, ['conditionsConfirmed']));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        reinstating
          ? `Reinstate ${holderName}'s endorsement?`
          : `Approve ${holderName}'s renewal for ${year}?`
      }
      centered
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert message={formError} />
          {reinstating ? (
            <>
              <Text size="sm">
                The endorsement becomes active again from today and {holderName} is told. The association asks
                for {referencesNeeded} new references, the processing fee and current membership, which arrive
                outside this system.
              </Text>
              <Checkbox
                label={REINSTATEMENT_CONDITIONS}
                error={errors.conditionsConfirmed?.message}
                {...form.register('conditionsConfirmed')}
              />
            </>
          ) : (
            <Text size="sm">
              The endorsement then runs to the next year's due date, and {holderName} is told.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="teal" loading={isSubmitting}>
              {reinstating ? 'Reinstate' : 'Approve'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
