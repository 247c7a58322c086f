import { InputValidationError } from '@pothos/plugin-validation';
import { builder } from '../builder.ts';
import {
  ConflictError,
  FieldValidationError,
  ForbiddenError,
  InvalidCredentialsError,
  InvalidTokenError,
  NotFoundError,
  TooManyAttemptsError,
  UnauthenticatedError,
} from '../errors.ts';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Every typed error a mutation can return has a readable message.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldError = builder.objectRef<{ path: string; message: string }>('FieldError').implement({
  fields: (t) => ({ path: t.exposeString('path'), message: t.exposeString('message') }),
});

type Issue = InputValidationError['issues'][number];
const issuePath = (issue: Issue): string =>
  (issue.path ?? [])
    .map((p) => (typeof p === 'object' && p !== null ? p.key : p))
    .map(String)
    .filter((p, i) => !(i === 0 && p === 'input'))
    .join('.');

// Schema validation (the plugin's InputValidationError) and business-rule validation
// (FieldValidationError) reach clients as one type, so a form handles both the same way.
builder.objectType(InputValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof InputValidationError,
  fields: (t) => ({
    message: t.string({
      resolve: (e) =>
        e instanceof FieldValidationError
          ? e.message
          : e.issues.map((i) => i.message).join(' ') || 'Invalid input.',
    }),
    fieldErrors: t.field({
      type: [FieldError],
      resolve: (e) =>
        e instanceof FieldValidationError
          ? (e as FieldValidationError).fieldErrors
          : e.issues.map((i) => ({ path: issuePath(i), message: i.message })),
    }),
  }),
});

const plain = { interfaces: [ErrorInterface] };
builder.objectType(NotFoundError, { name: 'NotFoundError', ...plain });
builder.objectType(ForbiddenError, { name: 'ForbiddenError', ...plain });
builder.objectType(UnauthenticatedError, { name: 'UnauthenticatedError', ...plain });
builder.objectType(InvalidCredentialsError, { name: 'InvalidCredentialsError', ...plain });
builder.objectType(InvalidTokenError, { name: 'InvalidTokenError', ...plain });
builder.objectType(ConflictError, { name: 'ConflictError', ...plain });

builder.objectType(TooManyAttemptsError, {
  name: 'TooManyAttemptsError',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof TooManyAttemptsError,
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

/** The errors every mutation that needs a signed-in person can return. */
export const authErrors = [InputValidationError, UnauthenticatedError, ForbiddenError] as const;
