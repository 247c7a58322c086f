import { applyResultError } from '@imh/ui';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { EntryResult } from '../portfolio/sections/section-config';

export type LogOutcome =
  | { saved: true }
  | { saved: false; notice: string | null; documentError: string | null };

/**
 * A renewal log's result on its form, as the portfolio's own forms place a save's: field errors on
 * their inputs (the API refuses a date outside the renewal year on `date`, `startDate` or `endDate`),
 * the document's on the file input, anything else as one notice.
 */
export function placeLogResult<V extends FieldValues>(
  result: EntryResult,
  setError: UseFormSetError<V>,
  fields: readonly Path<V>[],
): LogOutcome {
  if (result.__typename.startsWith('Mutation')) return { saved: true };
  const message = result.message ?? 'The entry could not be saved.';
  const documentError = result.fieldErrors?.find((e) => e.path.split('.').pop() === 'documentId') ?? null;
  const others = result.fieldErrors?.filter((e) => e !== documentError);
  const unplaced = applyResultError(
    { __typename: result.__typename, message, fieldErrors: others },
    setError,
    fields,
  );
  if (others?.length === 0 && documentError) {
    return { saved: false, notice: null, documentError: documentError.message };
  }
  return {
    saved: false,
    notice: unplaced ?? 'Please correct the fields marked below.',
    documentError: documentError?.message ?? null,
  };
}
