import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { curlExample } from '../chapter-token-curl';

interface CreatedTokenBoxProps {
  token: string;
  name: string;
  chapterName: string;
  /** Where the API answers, for the example (the page's own origin). */
  origin: string;
  onDone: () => void;
}

/** The new token's secret, shown this once (the API keeps only its hash), with a call to try it. */
export const CreatedTokenBox = ({ token, name, chapterName, origin, onDone }: CreatedTokenBoxProps) => {
  const curl = curlExample(origin, token);
  return (
    <Alert color="yellow" variant="light" title={`Token “${name}” created for ${chapterName}`}>
      <Stack gap="sm">
        <Text fw={700}>Copy this token now: it will not be shown again.</Text>
        <Group gap="sm" wrap="nowrap" align="center">
          <Code block style={{ wordBreak: 'break-all', flex: 1 }}>
            {token}
          </Code>
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? 'teal' : 'yellow'}>
                {copied ? 'Copied' : 'Copy token'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">Try it from a terminal:</Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {curl}
        </Code>
        <Group gap="sm">
          <CopyButton value={curl}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy}>
                {copied ? 'Copied' : 'Copy example'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" size="xs" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
};
