import { Center, Loader } from '@mantine/core';

export const FullPageLoader = () => (
  <Center h="100vh" role="status" aria-live="polite">
    <Loader aria-label="Loading" />
  </Center>
);
