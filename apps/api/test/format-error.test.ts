import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldValidationError, NotFoundError } from '../src/errors.ts';
import { formatError } from '../src/http/format-error.ts';

const asResolverError = (original: Error) =>
  new GraphQLError(original.message, { path: ['someField'], originalError: original });

afterEach(() => vi.restoreAllMocks());

describe('error masking', () => {
  it('hides an unexpected error behind a generic message and logs the original', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const leaked = new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
    const out = formatError({ message: leaked.message, path: ['someField'] }, asResolverError(leaked));
    expect(out).toEqual({
      message: 'Something went wrong on our side. It has been logged; please try again.',
      path: ['someField'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(out)).not.toContain('hunter2');
    expect(log).toHaveBeenCalledWith('[graphql] unexpected error:', leaked);
  });

  it("names the caller's own malformed input as such: a bad global id, too many bad variables", () => {
    const badId = formatError(
      { message: 'x', path: ['f'] },
      asResolverError(new PothosValidationError('Invalid global ID: ')),
    );
    expect(badId).toMatchObject({ message: 'Invalid global ID: ', extensions: { code: 'BAD_USER_INPUT' } });
    const tooMany = new GraphQLError(
      'Too many errors processing variables, error limit reached. Execution aborted.',
    );
    const out = formatError(
      { message: tooMany.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      tooMany,
    );
    expect(out).toMatchObject({ message: tooMany.message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("passes the domain's own errors through with their code", () => {
    const out = formatError({ message: 'x' }, asResolverError(new NotFoundError('No such application.')));
    expect(out).toMatchObject({ message: 'No such application.', extensions: { code: 'NOT_FOUND' } });
    const field = formatError(
      { message: 'x' },
      asResolverError(new FieldValidationError([{ path: 'a', message: 'Bad a.' }])),
    );
    expect(field).toMatchObject({ message: 'Bad a.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("passes a malformed request's own description through", () => {
    const formatted = {
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(formatError(formatted, new GraphQLError(formatted.message))).toBe(formatted);
  });
});
