import { Alert } from '@mantine/core';

interface FormAlertProps {
  message: string | null;
  tone?: 'error' | 'success';
}

/** One message for the whole form, announced to screen readers when it appears. */
export const FormAlert = ({ message, tone = 'error' }: FormAlertProps) => {
  if (!message) return null;
  return (
    <Alert
      color={tone === 'error' ? 'red' : 'teal'}
      variant="light"
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {message}
    </Alert>
  );
};
