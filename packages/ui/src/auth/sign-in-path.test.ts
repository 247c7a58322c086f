import { describe, expect, it } from 'vitest';
import { signInPath } from './sign-in-path';

describe('signInPath', () => {
  it.each([
    [{}, '/sign-in'],
    [{ expired: true }, '/sign-in?reason=expired'],
    [{ next: '/profile?tab=1' }, '/sign-in?next=%2Fprofile%3Ftab%3D1'],
    [{ expired: true, next: '/users' }, '/sign-in?reason=expired&next=%2Fusers'],
    // Coming back to the sign-in page after signing in would be a loop.
    [{ next: '/sign-in' }, '/sign-in'],
  ])('builds %j as %s', (options, expected) => {
    expect(signInPath(options)).toBe(expected);
  });
});
