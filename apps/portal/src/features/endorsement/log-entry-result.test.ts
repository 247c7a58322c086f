import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { createFormControl } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { RscValues } from '../portfolio/model/rsc';
import type { TrainingValues } from '../portfolio/model/training';
import { rscSection } from '../portfolio/sections/rsc-section';
import { trainingSection } from '../portfolio/sections/training-section';
import { YearHoursSection_LogTraining } from './components/year-hours-section';
import { placeLogResult } from './log-entry-result';

const OUTSIDE = 'Hours for your 2026 renewal must be dated in 2026 (1 January to 31 December).';

const TRAINING_INPUT = trainingSection.toInput(
  { ...trainingSection.empty(), title: 'Grief', provider: 'MI-AIMH', date: '2025-12-30', hours: 3 },
  null,
);

/** The mutation as the form sends it, answered by a mock of the API. */
async function logTraining(result: object) {
  const variables = { endorsementId: 'e1', input: TRAINING_INPUT };
  const client = new ApolloClient({
    link: new MockLink([
      { request: { query: YearHoursSection_LogTraining, variables }, result: { data: { result } } },
    ]),
    // The part of the generated possibleTypes these answers need, so each fragment matches its type.
    cache: new InMemoryCache({
      possibleTypes: {
        Error: ['ValidationError', 'RenewalClosedError'],
        MutationLogRenewalTrainingResult: [
          'MutationLogRenewalTrainingSuccess',
          'ValidationError',
          'RenewalClosedError',
        ],
      },
    }),
  });
  const { data } = await client.mutate({
    mutation: YearHoursSection_LogTraining,
    variables,
    fetchPolicy: 'no-cache',
  });
  if (!data) throw new Error('The mock gave no data');
  return data.result;
}

describe('placeLogResult', () => {
  it('puts the API refusal of a date outside the renewal year on the date field', async () => {
    const result = await logTraining({
      __typename: 'ValidationError',
      message: 'Some fields are not valid.',
      fieldErrors: [{ __typename: 'FieldError', path: 'date', message: OUTSIDE }],
    });
    const form = createFormControl<TrainingValues>({ defaultValues: trainingSection.empty() });

    const outcome = placeLogResult(result, form.setError, trainingSection.fields);

    expect(outcome).toEqual({
      saved: false,
      notice: 'Please correct the fields marked below.',
      documentError: null,
    });
    expect(form.getFieldState('date').error?.message).toBe(OUTSIDE);
    expect(form.getFieldState('title').error).toBeUndefined();
  });

  it('marks both dates of a reflective supervision period outside the year', () => {
    const form = createFormControl<RscValues>({ defaultValues: rscSection.empty() });
    placeLogResult(
      {
        __typename: 'ValidationError',
        message: 'Some fields are not valid.',
        fieldErrors: [
          { path: 'input.startDate', message: OUTSIDE },
          { path: 'input.endDate', message: OUTSIDE },
        ],
      },
      form.setError,
      rscSection.fields,
    );
    expect(form.getFieldState('startDate').error?.message).toBe(OUTSIDE);
    expect(form.getFieldState('endDate').error?.message).toBe(OUTSIDE);
  });

  it('shows an error without fields, such as a closed renewal, as one notice', async () => {
    const message = 'This endorsement can no longer be renewed, so no hours can be logged for it.';
    const result = await logTraining({ __typename: 'RenewalClosedError', message });
    const form = createFormControl<TrainingValues>({ defaultValues: trainingSection.empty() });
    expect(placeLogResult(result, form.setError, trainingSection.fields)).toEqual({
      saved: false,
      notice: message,
      documentError: null,
    });
  });

  it('reports a logged entry as saved', async () => {
    const result = await logTraining({
      __typename: 'MutationLogRenewalTrainingSuccess',
      data: { __typename: 'TrainingEntry', id: 't9' },
    });
    const form = createFormControl<TrainingValues>({ defaultValues: trainingSection.empty() });
    expect(placeLogResult(result, form.setError, trainingSection.fields)).toEqual({ saved: true });
  });
});
