import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import { type CreateTokenValues, createTokenSchema } from '../validation/create-token-schema';

export const CreateTokenForm_Chapters = graphql(`
  query CreateTokenForm_Chapters {
    coordinatedAssociations {
      id
      name
      chapters {
        id
        name
      }
    }
  }
`);

export const CreateTokenForm_Create = graphql(`
  mutation CreateTokenForm_Create($chapterId: ID!, $name: String!) {
    createChapterToken(chapterId: $chapterId, name: $name) {
      __typename
      ... on MutationCreateChapterTokenSuccess {
        data {
          token
          apiToken {
            id
            name
            chapter {
              id
              name
            }
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

export interface CreatedToken {
  token: string;
  name: string;
  chapterName: string;
}

/** Names a new token for one chapter; the page shows its secret once. */
export const CreateTokenForm = ({ onCreated }: { onCreated: (created: CreatedToken) => void }) => {
  const chaptersQuery = useQuery(CreateTokenForm_Chapters);
  const [create] = useMutation(CreateTokenForm_Create);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateTokenValues>({
    resolver: zodResolver(createTokenSchema),
    defaultValues: { chapterId: '', name: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = (await create({ variables: values })).data?.createChapterToken;
      if (result?.__typename === 'MutationCreateChapterTokenSuccess') {
        const { token, apiToken } = result.data;
        form.reset({ chapterId: values.chapterId, name: '' });
        onCreated({ token, name: apiToken.name, chapterName: apiToken.chapter.name });
      } else if (result) setFormError(applyResultError(result, form.setError, ['chapterId', 'name']));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  // Chapters are grouped by association, which is how coordinators know them.
  const chapterOptions = (chaptersQuery.data?.coordinatedAssociations ?? []).map((association) => ({
    group: association.name,
    items: association.chapters.map((chapter) => ({ value: chapter.id, label: chapter.name })),
  }));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormAlert message={formError} />
        <Group align="flex-start" wrap="wrap" gap="sm">
          <NativeSelect
            label="Chapter"
            description="The token reads this chapter's statistics only."
            required
            disabled={chaptersQuery.loading}
            error={
              errors.chapterId?.message ??
              (chaptersQuery.error
                ? 'We could not load the chapters. Reload the page to try again.'
                : undefined)
            }
            data={[{ value: '', label: 'Choose a chapter' }, ...chapterOptions]}
            w={260}
            {...form.register('chapterId')}
          />
          <TextInput
            label="Token name"
            description="What uses it, e.g. “Washtenaw dashboard”."
            required
            maxLength={100}
            error={errors.name?.message}
            w={320}
            {...form.register('name')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
