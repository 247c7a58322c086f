import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert, type ResultError } from '@imh/ui';
import { Button, Checkbox, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import { type ReviewerFormValues, reviewerSchema } from '../qualification-schema';
import { describeAllowedLevels, LEVELS, TRACKS, toQualificationInput, trackName } from '../qualifications';
import type { ReviewerRow } from './reviewers-table';

const ReviewerDialog_Invite = graphql(`
  mutation ReviewerDialog_Invite($input: InviteReviewerInput!) {
    inviteReviewer(input: $input) {
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

const ReviewerDialog_SetQualifications = graphql(`
  mutation ReviewerDialog_SetQualifications($input: SetReviewerQualificationsInput!) {
    setReviewerQualifications(input: $input) {
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

const FIELDS = ['name', 'email', 'levels', 'heldLevel', 'heldTrack'] as const;
// A Reviewer has no id of its own to update in the cache, so the list is read again.
const refetch = { refetchQueries: ['ReviewersPage_Reviewers'], awaitRefetchQueries: true };

interface ReviewerDialogProps {
  /** The reviewer whose levels are edited; without one, a new reviewer is invited. */
  reviewer?: ReviewerRow;
  onClose: () => void;
}

export const ReviewerDialog = ({ reviewer, onClose }: ReviewerDialogProps) => {
  const [invite] = useMutation(ReviewerDialog_Invite, refetch);
  const [setQualifications] = useMutation(ReviewerDialog_SetQualifications, refetch);
  const [formError, setFormError] = useState<string | null>(null);
  const held = reviewer?.qualifications[0];
  const form = useForm<ReviewerFormValues>({
    resolver: zodResolver(reviewerSchema),
    defaultValues: {
      name: reviewer?.user.name ?? '',
      email: reviewer?.user.email ?? '',
      levels: reviewer?.qualifications.map((q) => q.level) ?? [],
      heldLevel: held?.heldLevel ?? '',
      heldTrack: held?.heldTrack ?? '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const [heldLevel, heldTrack] = form.watch(['heldLevel', 'heldTrack']);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const qualifications = toQualificationInput(values);
    try {
      let result: ({ __typename: string } & Partial<ResultError>) | undefined;
      if (reviewer) {
        const input = { userId: reviewer.user.id, ...qualifications };
        result = (await setQualifications({ variables: { input } })).data?.setReviewerQualifications;
      } else {
        const input = { name: values.name, email: values.email, ...qualifications };
        result = (await invite({ variables: { input } })).data?.inviteReviewer;
      }
      if (result?.__typename.endsWith('Success')) onClose();
      else if (result?.message !== undefined)
        setFormError(applyResultError({ ...result, message: result.message }, form.setError, FIELDS));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={reviewer ? `Levels for ${reviewer.user.name}` : 'Invite a reviewer'}
      centered
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert message={formError} />
          {!reviewer && (
            <>
              <TextInput label="Full name" required error={errors.name?.message} {...form.register('name')} />
              <TextInput
                label="Email"
                type="email"
                required
                description="They get a link to choose a password."
                error={errors.email?.message}
                {...form.register('email')}
              />
            </>
          )}
          <NativeSelect
            label="Endorsement they hold"
            required
            error={errors.heldLevel?.message}
            data={[{ value: '', label: 'Choose an endorsement' }, ...LEVELS]}
            {...form.register('heldLevel')}
          />
          {heldLevel === 'IMHM' && (
            <NativeSelect
              label="Mentor track"
              required
              error={errors.heldTrack?.message}
              data={[
                { value: '', label: 'Choose a track' },
                ...TRACKS.map((t) => ({ value: t, label: trackName(t) })),
              ]}
              {...form.register('heldTrack')}
            />
          )}
          <Controller
            control={form.control}
            name="levels"
            render={({ field }) => (
              <Checkbox.Group
                label="Levels they may review"
                description={describeAllowedLevels(heldLevel, heldTrack)}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={errors.levels?.message}
              >
                <Group gap="md" mt="xs">
                  {LEVELS.map((level) => (
                    <Checkbox key={level} value={level} label={level} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {reviewer ? 'Save' : 'Send invitation'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
