import { InputValidationError } from '@pothos/plugin-validation';

/**
 * The domain's errors. Each is registered with the errors plugin, so a mutation that declares it
 * returns it as a typed result; anything else thrown is masked and logged (see http/format-error.ts).
 */
export class AppError extends Error {
  readonly code: string = 'BAD_REQUEST';
}

export class NotFoundError extends AppError {
  override readonly code = 'NOT_FOUND';
  override name = 'NotFoundError';
}

export class ForbiddenError extends AppError {
  override readonly code = 'FORBIDDEN';
  override name = 'ForbiddenError';
  constructor(message = 'You do not have permission to do that.') {
    super(message);
  }
}

export class UnauthenticatedError extends AppError {
  override readonly code = 'UNAUTHENTICATED';
  override name = 'UnauthenticatedError';
  constructor(message = 'Please sign in to continue.') {
    super(message);
  }
}

export class InvalidCredentialsError extends AppError {
  override readonly code = 'INVALID_CREDENTIALS';
  override name = 'InvalidCredentialsError';
  constructor() {
    super('The email or password is not correct.');
  }
}

export class TooManyAttemptsError extends AppError {
  override readonly code = 'TOO_MANY_ATTEMPTS';
  override name = 'TooManyAttemptsError';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
  }
}

export class InvalidTokenError extends AppError {
  override readonly code = 'INVALID_TOKEN';
  override name = 'InvalidTokenError';
}

export class ConflictError extends AppError {
  override readonly code = 'CONFLICT';
  override name = 'ConflictError';
}

export type FieldIssue = { path: string; message: string };

/**
 * A business-rule failure that names the offending fields. It extends the validation plugin's error so
 * that clients receive schema validation and rule validation as the same typed `ValidationError`.
 */
export class FieldValidationError extends InputValidationError {
  readonly code = 'BAD_USER_INPUT';
  override name = 'FieldValidationError';
  constructor(readonly fieldErrors: FieldIssue[]) {
    super({ issues: fieldErrors.map((f) => ({ message: f.message, path: f.path.split('.') })) });
    this.message = fieldErrors.map((f) => f.message).join(' ');
  }
}
