import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert, type ResultError } from '@imh/ui';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { RaterInput } from '../../../gql/graphql';
import { levelOptions } from '../../application/level-options';
import { RATER_ROLE_OPTIONS } from '../rater-words';
import {
  emptyRater,
  RATER_FIELDS,
  type RaterValues,
  raterSchema,
  toRaterInput,
} from '../validation/rater-schema';

interface RaterFormProps {
  /** Sends the request; resolves to the error result to show, or null once it went out. */
  onSend: (input: RaterInput) => Promise<ResultError | null>;
  onCancel: () => void;
  /** The application's rules edition, for the level names. */
  editionId: string;
}

/** Who to ask: the same form asks a first rater and replaces one. */
export const RaterForm = ({ onSend, onCancel, editionId }: RaterFormProps) => {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RaterValues>({ resolver: zodResolver(raterSchema), defaultValues: emptyRater });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const error = await onSend(toRaterInput(values));
      if (error) setFormError(applyResultError(error, form.setError, RATER_FIELDS));
    } catch (e) {
      setFormError(describeRequestError(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Rater">
      <Stack gap="sm">
        <FormAlert message={formError} />
        <TextInput
          label="Rater's name"
          required
          autoComplete="off"
          error={errors.raterName?.message}
          {...form.register('raterName')}
        />
        <TextInput
          label="Rater's email"
          type="email"
          required
          autoComplete="off"
          description="The link to the rating form goes here."
          error={errors.raterEmail?.message}
          {...form.register('raterEmail')}
        />
        <NativeSelect
          label="Role"
          required
          description="How they know your work."
          data={[{ value: '', label: 'Choose a role' }, ...RATER_ROLE_OPTIONS]}
          error={errors.raterRole?.message}
          {...form.register('raterRole')}
        />
        <NativeSelect
          label="Their Endorsement level"
          description="Some levels need a rater endorsed at a given level."
          data={[{ value: '', label: 'None' }, ...levelOptions(editionId)]}
          error={errors.raterLevel?.message}
          {...form.register('raterLevel')}
        />
        <TextInput
          label="Known since"
          type="date"
          required
          description="When you started working with them. Raters should have known you for at least a year."
          error={errors.knownSince?.message}
          {...form.register('knownSince')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Send request
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
