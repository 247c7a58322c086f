import { useMutation } from '@apollo/client/react';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { ApplicationDetail_ApplicationFragment } from '../../../gql/graphql';
import { sameTarget, toTargetInput } from '../level-options';
import { TARGET_FIELDS, TargetSelects, type TargetValues } from './target-selects';

const ChangeTargetForm_Change = graphql(`
  mutation ChangeTargetForm_Change($id: ID!, $input: ApplicationTargetInput!) {
    changeApplicationTarget(id: $id, input: $input) {
      __typename
      ... on MutationChangeApplicationTargetSuccess {
        data {
          ...ApplicationDetail_Application
        }
      }
      ... on ValidationError {
        fieldErrors {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** A draft may aim at another level; the references already asked stay. */
export const ChangeTargetForm = ({ application }: { application: ApplicationDetail_ApplicationFragment }) => {
  const [change] = useMutation(ChangeTargetForm_Change);
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; message: string } | null>(null);
  const form = useForm<TargetValues>({
    defaultValues: { level: application.level, track: application.track ?? 'CLINICAL' },
  });
  const values = useWatch({ control: form.control });
  const unchanged = sameTarget(application, {
    level: values.level ?? application.level,
    track: values.track,
  });

  const onSubmit = form.handleSubmit(async ({ level, track }) => {
    setNotice(null);
    try {
      const { data } = await change({
        variables: { id: application.id, input: toTargetInput(level, track) },
      });
      const result = data?.changeApplicationTarget;
      if (result?.__typename === 'MutationChangeApplicationTargetSuccess') {
        form.reset({ level, track });
        setNotice({ tone: 'success', message: `Your application is now for ${result.data.targetName}.` });
      } else if (result) {
        setNotice({ tone: 'error', message: applyResultError(result, form.setError, TARGET_FIELDS) ?? '' });
      }
    } catch (error) {
      setNotice({ tone: 'error', message: describeRequestError(error) });
    }
  });

  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Text size="sm">Until you submit, you can aim at another level. Your references stay.</Text>
          <FormAlert message={notice?.message || null} tone={notice?.tone} />
          <Group align="flex-end">
            <TargetSelects form={form} editionId={application.editionId} />
            <Button
              type="submit"
              variant="default"
              loading={form.formState.isSubmitting}
              disabled={unchanged}
            >
              Change level
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
