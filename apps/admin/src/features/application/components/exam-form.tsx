import { useMutation } from '@apollo/client/react';
import { applyResultError, describeRequestError, FormAlert } from '@imh/ui';
import { Button, Checkbox, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ExamForm_Record } from './decision-mutations';

interface ExamValues {
  takenOn: string;
  scorePercent: number | '';
  passed: boolean;
}

interface ExamFormProps {
  applicationId: string;
  onRecorded: () => Promise<unknown>;
}

/** The written exam's result; a failed exam keeps the application waiting for another attempt. */
export const ExamForm = ({ applicationId, onRecorded }: ExamFormProps) => {
  const [record] = useMutation(ExamForm_Record);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<ExamValues>({ defaultValues: { takenOn: '', scorePercent: '', passed: false } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ takenOn, scorePercent, passed }) => {
    setFormError(null);
    setSaved(null);
    if (!takenOn) form.setError('takenOn', { message: 'Enter the date of the exam.' });
    if (scorePercent === '') form.setError('scorePercent', { message: 'Enter the score.' });
    if (!takenOn || scorePercent === '') return;
    try {
      const { data } = await record({
        variables: { applicationId, input: { takenOn, scorePercent, passed } },
      });
      const result = data?.recordExamResult;
      if (result?.__typename === 'MutationRecordExamResultSuccess') {
        setSaved(passed ? 'Exam result recorded: passed.' : 'Exam result recorded: not passed.');
        form.reset();
        await onRecorded();
      } else if (result) {
        setFormError(applyResultError(result, form.setError, ['takenOn', 'scorePercent', 'passed']));
      }
    } catch (error) {
      setFormError(describeRequestError(error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="exam-result-heading">
      <Stack>
        <Title order={3} size="h5" id="exam-result-heading">
          Exam result
        </Title>
        <FormAlert message={formError} />
        <FormAlert message={saved} tone="success" />
        <Group align="flex-start">
          <TextInput
            label="Exam date"
            type="date"
            required
            error={errors.takenOn?.message}
            w={180}
            {...form.register('takenOn')}
          />
          <Controller
            control={form.control}
            name="scorePercent"
            render={({ field }) => (
              <NumberInput
                label="Score (%)"
                required
                min={0}
                max={100}
                allowDecimal={false}
                allowNegative={false}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : '')}
                error={errors.scorePercent?.message}
                w={140}
              />
            )}
          />
        </Group>
        <Checkbox label="Passed" {...form.register('passed')} />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            Record exam result
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
