import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';

type PasswordFieldProps = PasswordInputProps & { ref?: Ref<HTMLInputElement> };

/**
 * Mantine's default toggle label contains the word "password", which makes "the field labelled
 * Password" ambiguous for assistive technology and for browser tests; this label does not.
 */
export const PasswordField = (props: PasswordFieldProps) => (
  <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Show typed characters' }} {...props} />
);
