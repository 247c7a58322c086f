import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Group, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../../gql';
import { formatDate, formatDay } from '../../application/format-date';
import { ANSWER_OPTIONS, type Answer, isAnswer, toRatingInput, unansweredCount } from '../rating-answers';
import { RatingLegend } from './rating-legend';
import type { ReferenceFormData } from './reference-page';

const RatingForm_Submit = graphql(`
  mutation RatingForm_Submit($token: String!, $input: ReferenceRatingInput!) {
    submitReferenceRating(token: $token, input: $input) {
      __typename
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

interface RatingFormProps {
  token: string;
  form: ReferenceFormData;
  onSubmitted: () => void;
  onInvalid: (message: string) => void;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

export const RatingForm = ({ token, form, onSubmitted, onInvalid }: RatingFormProps) => {
  const [submit, { loading }] = useMutation(RatingForm_Submit, { fetchPolicy: 'no-cache' });
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [knownSince, setKnownSince] = useState(form.knownSince);
  const [comments, setComments] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [knownSinceError, setKnownSinceError] = useState<string | null>(null);

  const total = form.domains.reduce((n, d) => n + d.competencies.length, 0);
  const left = unansweredCount(form.domains, answers);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setError(null);
    const dateError = !knownSince
      ? 'Enter the date you first met the applicant.'
      : knownSince > todayIso()
        ? 'The date cannot be in the future.'
        : null;
    setKnownSinceError(dateError);
    if (left > 0) {
      setError(`Rate every competency, or choose "Not enough information" (${left} left).`);
      document.querySelector<HTMLElement>('[data-unanswered="true"] input')?.focus();
      return;
    }
    if (dateError) return;
    try {
      const { data } = await submit({
        variables: { token, input: toRatingInput(form.domains, answers, knownSince, comments) },
      });
      const result = data?.submitReferenceRating;
      if (result?.__typename === 'MutationSubmitReferenceRatingSuccess') onSubmitted();
      else if (result?.__typename === 'InvalidTokenError') onInvalid(result.message);
      else if (result?.__typename === 'ValidationError') {
        const dateIssue = result.fieldErrors.find((f) => f.path.endsWith('knownSince'));
        setKnownSinceError(dateIssue?.message ?? null);
        setError(dateIssue ? null : result.message);
      }
    } catch (e) {
      setError(describeRequestError(e));
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Reference">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1} size="h2">
            Reference for {form.applicantName}
          </Title>
          <Text>
            Hello {form.raterName}: {form.applicantName} is applying for the {form.levelName} Endorsement and
            named you as a reference. Please rate how they demonstrate each competency below.
          </Text>
          <Text size="sm" c="dimmed">
            Your ratings and comments are confidential: the reviewers read them, the applicant never does.
            This link works once and expires on {formatDate(form.expiresAt)}.
          </Text>
        </Stack>
        <RatingLegend />
        {form.domains.map((domain) => (
          <Stack key={domain.id} component="section" gap="md" aria-labelledby={`domain-${domain.id}`}>
            <Title order={2} size="h3" id={`domain-${domain.id}`}>
              {domain.name}
            </Title>
            {domain.competencies.map((competency) => {
              const missing = tried && !answers[competency.id];
              return (
                <Radio.Group
                  key={competency.id}
                  label={competency.name}
                  value={answers[competency.id] ?? null}
                  onChange={(value) => {
                    if (isAnswer(value)) setAnswers((prev) => ({ ...prev, [competency.id]: value }));
                  }}
                  error={missing ? 'Choose a rating, or "Not enough information".' : undefined}
                  data-unanswered={missing}
                >
                  <Group gap="md" mt={6}>
                    {ANSWER_OPTIONS.map((option) => (
                      <Radio key={option.value} value={option.value} label={option.label} />
                    ))}
                  </Group>
                </Radio.Group>
              );
            })}
          </Stack>
        ))}
        <TextInput
          label="When did you first meet the applicant?"
          type="date"
          required
          description={`The applicant gave ${formatDay(form.knownSince)}; correct it if you remember otherwise.`}
          value={knownSince}
          onChange={(event) => setKnownSince(event.currentTarget.value)}
          error={knownSinceError}
          maw={480}
        />
        <Textarea
          label="Comments (optional)"
          autosize
          minRows={3}
          maxLength={5000}
          value={comments}
          onChange={(event) => setComments(event.currentTarget.value)}
        />
        <Text size="sm" aria-live="polite" data-testid="ratings-left">
          {left === 0 ? `All ${total} competencies rated.` : `${left} of ${total} competencies left to rate.`}
        </Text>
        <FormAlert message={error} />
        <Group>
          <Button type="submit" loading={loading}>
            Submit reference
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
