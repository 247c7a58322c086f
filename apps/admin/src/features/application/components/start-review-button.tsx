import { useMutation } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { StartReview_Start } from './decision-mutations';

interface StartReviewButtonProps {
  applicationId: string;
  onStarted: () => Promise<unknown>;
}

export const StartReviewButton = ({ applicationId, onStarted }: StartReviewButtonProps) => {
  const [start, { loading }] = useMutation(StartReview_Start);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(null);
    try {
      const { data } = await start({ variables: { applicationId } });
      const result = data?.startReview;
      if (result?.__typename === 'MutationStartReviewSuccess') await onStarted();
      else if (result && 'message' in result) setError(result.message);
    } catch (e) {
      setError(describeRequestError(e));
    }
  };
  return (
    <Stack gap="xs">
      <FormAlert message={error} />
      <div>
        <Button onClick={run} loading={loading}>
          Start review
        </Button>
      </div>
    </Stack>
  );
};
