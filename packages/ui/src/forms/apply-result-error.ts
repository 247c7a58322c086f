import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** The error half of a mutation's result union, as the operations select it. */
export interface ResultError {
  __typename: string;
  message: string;
  fieldErrors?: ReadonlyArray<{ path: string; message: string }>;
  retryAfterSeconds?: number;
}

const retryHint = (seconds: number): string => {
  if (seconds <= 60) return 'Try again in a minute.';
  return `Try again in ${Math.ceil(seconds / 60)} minutes.`;
};

/**
 * Puts a typed error result on the form: field errors next to their inputs, everything else as one
 * form-level message (returned). The server may report paths as `email` or `input.email`; the last
 * segment names the field.
 */
export const applyResultError = <T extends FieldValues>(
  error: ResultError,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null => {
  const unplaced: string[] = [];
  for (const fieldError of error.fieldErrors ?? []) {
    const name = fieldError.path.split(/[./]/).pop() as Path<T>;
    if (fields.includes(name)) setError(name, { type: 'server', message: fieldError.message });
    else unplaced.push(fieldError.message);
  }
  const placedAll = (error.fieldErrors?.length ?? 0) > 0 && unplaced.length === 0;
  if (placedAll) return null;
  if (error.retryAfterSeconds !== undefined) return `${error.message} ${retryHint(error.retryAfterSeconds)}`;
  return [error.message, ...unplaced].join(' ');
};
