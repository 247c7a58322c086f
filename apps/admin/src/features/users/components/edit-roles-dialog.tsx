import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Checkbox, Group, Modal, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import { roleLabels } from '../role-labels';
import { ROLES, type SetRolesValues, setRolesSchema } from '../validation/set-roles-schema';
import type { UserRow } from './users-table';

const EditRolesDialog_Chapters = graphql(`
  query EditRolesDialog_Chapters {
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

const EditRolesDialog_SetRoles = graphql(`
  mutation EditRolesDialog_SetRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      __typename
      ... on MutationSetUserRolesSuccess {
        data {
          id
          roles
          chapter {
            id
            name
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

interface EditRolesDialogProps {
  user: UserRow;
  onClose: () => void;
}

export const EditRolesDialog = ({ user, onClose }: EditRolesDialogProps) => {
  const chaptersQuery = useQuery(EditRolesDialog_Chapters);
  const [setRoles] = useMutation(EditRolesDialog_SetRoles);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SetRolesValues>({
    resolver: zodResolver(setRolesSchema),
    defaultValues: { roles: [...user.roles], chapterId: user.chapter?.id ?? '' },
  });
  const { errors, isSubmitting } = form.formState;
  const isAnalyst = form.watch('roles').includes('CHAPTER_ANALYST');

  const onSubmit = form.handleSubmit(async ({ roles, chapterId }) => {
    setFormError(null);
    try {
      const input = {
        userId: user.id,
        roles,
        chapterId: roles.includes('CHAPTER_ANALYST') ? chapterId : null,
      };
      const { data } = await setRoles({ variables: { input } });
      const result = data?.setUserRoles;
      if (result?.__typename === 'MutationSetUserRolesSuccess') onClose();
      else if (result) setFormError(applyResultError(result, form.setError, ['roles', 'chapterId']));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  // Chapters are grouped by association, which is how coordinators know them.
  const chapterOptions = (chaptersQuery.data?.associations ?? []).map((association) => ({
    group: association.name,
    items: association.chapters.map((chapter) => ({ value: chapter.id, label: chapter.name })),
  }));

  return (
    <Modal opened onClose={onClose} title={`Roles for ${user.name}`} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert message={formError} />
          <Controller
            control={form.control}
            name="roles"
            render={({ field }) => (
              <Checkbox.Group
                label="Roles"
                description="A person may hold several roles."
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={errors.roles?.message}
              >
                <Stack gap="xs" mt="xs">
                  {ROLES.map((role) => (
                    <Checkbox key={role} value={role} label={roleLabels[role]} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
          {isAnalyst && (
            <NativeSelect
              label="Chapter"
              description="The chapter whose statistics this analyst may see."
              required
              disabled={chaptersQuery.loading}
              error={
                errors.chapterId?.message ??
                (chaptersQuery.error ? 'We could not load the chapters. Close and try again.' : undefined)
              }
              data={[{ value: '', label: 'Choose a chapter' }, ...chapterOptions]}
              {...form.register('chapterId')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Save roles
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
