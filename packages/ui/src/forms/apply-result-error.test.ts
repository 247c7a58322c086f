import { describe, expect, it, vi } from 'vitest';
import { applyResultError } from './apply-result-error';

describe('applyResultError', () => {
  it('puts field errors on known fields, matching `input.`-prefixed paths', () => {
    const setError = vi.fn();
    const message = applyResultError(
      {
        __typename: 'ValidationError',
        message: 'Invalid input',
        fieldErrors: [{ path: 'input.email', message: 'Already taken' }],
      },
      setError,
      ['email', 'password'],
    );
    expect(setError).toHaveBeenCalledWith('email', { type: 'server', message: 'Already taken' });
    expect(message).toBeNull();
  });

  it('returns unplaced field errors and plain errors as a form message', () => {
    const setError = vi.fn();
    const message = applyResultError(
      {
        __typename: 'ValidationError',
        message: 'Invalid input.',
        fieldErrors: [{ path: 'input.somethingElse', message: 'Not allowed.' }],
      },
      setError,
      ['email'],
    );
    expect(setError).not.toHaveBeenCalled();
    expect(message).toBe('Invalid input. Not allowed.');
  });

  it('adds a retry hint when the server throttles', () => {
    const message = applyResultError(
      { __typename: 'TooManyAttemptsError', message: 'Too many attempts.', retryAfterSeconds: 600 },
      vi.fn(),
      ['email'],
    );
    expect(message).toBe('Too many attempts. Try again in 10 minutes.');
  });
});
