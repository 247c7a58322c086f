import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../../gql';
import type { ReviewInput, ReviewPage_AssignmentsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../formatting/format-date-time';
import { placeServerErrors, type ReviewFormValues, toFormValues, toReviewInput } from '../review-form-values';
import { RECOMMENDATION_OPTIONS, SCORE_OPTIONS } from '../score-options';
import { DeclareConflictButton } from './declare-conflict-dialog';
import { SubmitReviewButton } from './submit-review-dialog';

const ReviewForm_Save = graphql(`
  mutation ReviewForm_Save($assignmentId: ID!, $input: ReviewInput!) {
    saveReview(assignmentId: $assignmentId, input: $input) {
      __typename
      ... on MutationSaveReviewSuccess {
        data {
          id
          status
          scores {
            domainId
            score
          }
          comments
          recommendation
          updatedAt
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

const ReviewForm_Submit = graphql(`
  mutation ReviewForm_Submit($assignmentId: ID!) {
    submitReview(assignmentId: $assignmentId) {
      __typename
      ... on MutationSubmitReviewSuccess {
        data {
          id
          status
          submittedAt
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

type Assignment = ReviewPage_AssignmentsQuery['myAssignments'][number];
type ResultError = { message: string; fieldErrors?: ReadonlyArray<{ path: string; message: string }> };

// Both lists change when a review is saved for the first time or submitted.
const refetchQueries = ['ReviewPage_Assignments', 'MyReviewsPage_Assignments'];

export const ReviewForm = ({ assignment }: { assignment: Assignment }) => {
  const domains = assignment.application.rubric;
  const review = assignment.review;
  const submitted = review?.status === 'SUBMITTED' || assignment.status === 'COMPLETED';
  const form = useForm<ReviewFormValues>({ defaultValues: toFormValues(domains, review) });
  const { errors } = form.formState;
  const [save, saving] = useMutation(ReviewForm_Save, { refetchQueries });
  const [submit, submitting] = useMutation(ReviewForm_Submit, { refetchQueries, awaitRefetchQueries: true });
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' } | null>(null);

  const showError = (error: ResultError, sent: ReviewInput | null) => {
    const { placed, unplaced } = placeServerErrors(domains, sent, error.fieldErrors ?? []);
    for (const { name, message: text } of placed) form.setError(name, { type: 'server', message: text });
    const text =
      placed.length && !unplaced.length
        ? 'The review is not complete yet: see the fields marked below.'
        : null;
    setMessage({ text: text ?? [error.message, ...unplaced].join(' '), tone: 'error' });
  };

  /** Saves what the form holds; false when the server refused it (the errors are then shown). */
  const saveDraft = async (): Promise<boolean> => {
    form.clearErrors();
    setMessage(null);
    const input = toReviewInput(domains, form.getValues());
    try {
      const result = (await save({ variables: { assignmentId: assignment.id, input } })).data?.saveReview;
      if (result?.__typename === 'MutationSaveReviewSuccess') return true;
      if (result && 'message' in result) showError(result, input);
    } catch (error) {
      setMessage({ text: describeRequestError(error), tone: 'error' });
    }
    return false;
  };

  const onSaveDraft = async () => {
    if (await saveDraft()) setMessage({ text: 'Draft saved.', tone: 'success' });
  };

  // The server checks completeness against what it has stored, so the latest edits are saved first.
  const onSubmit = async () => {
    if (!(await saveDraft())) return;
    try {
      const result = (await submit({ variables: { assignmentId: assignment.id } })).data?.submitReview;
      if (result && result.__typename !== 'MutationSubmitReviewSuccess' && 'message' in result)
        showError(result, null);
    } catch (error) {
      setMessage({ text: describeRequestError(error), tone: 'error' });
    }
  };

  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate>
      <Stack gap="md" maw={720}>
        {submitted && <Text fw={500}>Submitted {formatDateTime(review?.submittedAt)}</Text>}
        <FormAlert message={message?.text ?? null} tone={message?.tone} />
        {domains.map((domain, i) => (
          <NativeSelect
            key={domain.id}
            label={domain.name}
            description={domain.competencies.map((c) => c.name).join(' · ')}
            data={[...SCORE_OPTIONS]}
            disabled={submitted}
            error={errors.scores?.[i]?.message}
            {...form.register(`scores.${i}`)}
          />
        ))}
        <Textarea
          label="Comments"
          autosize
          minRows={4}
          readOnly={submitted}
          error={errors.comments?.message}
          {...form.register('comments')}
        />
        <NativeSelect
          label="Recommendation"
          data={RECOMMENDATION_OPTIONS}
          disabled={submitted}
          error={errors.recommendation?.message}
          {...form.register('recommendation')}
        />
        {!submitted && (
          <Group justify="space-between">
            <Group>
              <Button variant="default" onClick={onSaveDraft} loading={saving.loading && !submitting.loading}>
                Save draft
              </Button>
              <SubmitReviewButton
                domains={domains}
                values={() => form.getValues()}
                onConfirm={onSubmit}
                loading={saving.loading || submitting.loading}
              />
            </Group>
            <DeclareConflictButton applicationId={assignment.application.id} />
          </Group>
        )}
      </Stack>
    </form>
  );
};
