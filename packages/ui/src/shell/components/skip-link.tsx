import { Anchor } from '@mantine/core';

/** Lets keyboard users jump past the header and navigation; visible only while focused. */
export const SkipLink = () => (
  <Anchor
    href="#main"
    style={{ position: 'absolute', left: 8, top: -48, zIndex: 1000, padding: 8, background: 'white' }}
    onFocus={(event) => {
      event.currentTarget.style.top = '8px';
    }}
    onBlur={(event) => {
      event.currentTarget.style.top = '-48px';
    }}
  >
    Skip to main content
  </Anchor>
);
