import { useMutation } from '@apollo/client/react';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Checkbox, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { PortfolioSection } from '../../../gql/graphql';
import { type DecideKind, decisionNeedsMessage, decisionWords } from '../allowed-decisions';
import { SECTION_WORDS, SECTIONS } from '../section-words';
import { DecisionSection_Decide } from './decision-mutations';

interface DecisionValues {
  kind: DecideKind | '';
  message: string;
  sections: PortfolioSection[];
}

interface DecisionFormProps {
  applicationId: string;
  allowed: readonly DecideKind[];
  onDecided: () => Promise<unknown>;
}

/** The coordinator's decision; the API judges the transition again and its refusal is shown as is. */
export const DecisionForm = ({ applicationId, allowed, onDecided }: DecisionFormProps) => {
  const [decide] = useMutation(DecisionSection_Decide);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DecisionValues>({ defaultValues: { kind: '', message: '', sections: [] } });
  const { errors, isSubmitting } = form.formState;
  const kind = form.watch('kind');

  const onSubmit = form.handleSubmit(async ({ kind, message, sections }) => {
    setFormError(null);
    if (!kind) {
      form.setError('kind', { message: 'Choose a decision.' });
      return;
    }
    if (decisionNeedsMessage(kind) && !message.trim()) {
      const what =
        kind === 'DENY' ? 'Give the reasons for the denial.' : 'Say what the applicant should change.';
      form.setError('message', { message: what });
      return;
    }
    try {
      const input = {
        kind,
        message: message.trim() || null,
        sections: kind === 'REQUEST_CHANGES' ? sections : null,
      };
      const { data } = await decide({ variables: { applicationId, input } });
      const result = data?.decideApplication;
      if (result?.__typename === 'MutationDecideApplicationSuccess') {
        form.reset();
        await onDecided();
      } else if (result)
        setFormError(applyResultError(result, form.setError, ['message', 'sections', 'kind']));
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert message={formError} />
        <NativeSelect
          label="Decision"
          required
          error={errors.kind?.message}
          data={[
            { value: '', label: 'Choose a decision' },
            ...allowed.map((k) => ({ value: k, label: decisionWords[k] })),
          ]}
          w={280}
          {...form.register('kind')}
        />
        <Textarea
          label="Message to the applicant"
          description={
            kind === 'DENY'
              ? 'The reasons for the denial.'
              : kind === 'REQUEST_CHANGES'
                ? 'What the applicant should change.'
                : 'Optional; added to the notice the applicant receives.'
          }
          required={kind !== '' && decisionNeedsMessage(kind)}
          autosize
          minRows={3}
          error={errors.message?.message}
          {...form.register('message')}
        />
        {kind === 'REQUEST_CHANGES' && (
          <Controller
            control={form.control}
            name="sections"
            render={({ field }) => (
              <Checkbox.Group
                label="Sections to change"
                description="The applicant gets a link to each."
                value={field.value}
                onChange={(value) => field.onChange(value)}
                error={errors.sections?.message}
              >
                <Group gap="md" mt="xs">
                  {SECTIONS.map((s) => (
                    <Checkbox key={s} value={s} label={SECTION_WORDS[s]} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
        )}
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
