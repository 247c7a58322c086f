import { createTheme } from '@mantine/core';

// Calm and legible: one soft primary colour, generous radius, and a focus ring on keyboard focus.
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' },
});
