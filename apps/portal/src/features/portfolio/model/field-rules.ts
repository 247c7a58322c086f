/**
 * The API's input rules (apps/api/src/schema/portfolio/shared.ts and each section), written for the
 * forms so a person sees the same message before sending. No check aborts: a form shows every field's
 * first problem at once, and the cross-field checks (end before start) still run.
 */
import { z } from 'zod/mini';
import { EARLIEST_DAY, isRealDate } from './dates';

export const requiredText = (max: number, missing: string) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: missing }),
      z.maxLength(max, { error: `Use at most ${max} characters.` }),
    );

export const optionalText = (max: number) =>
  z.string().check(z.trim(), z.maxLength(max, { error: `Use at most ${max} characters.` }));

interface DateOptions {
  today: string;
  /** A membership's paid-up end is usually still ahead; nothing else may be. */
  allowFuture?: boolean;
}

const dateChecks = ({ today, allowFuture = false }: DateOptions) =>
  [
    z.refine<string>((d) => d === '' || isRealDate(d), { error: 'Enter a date like 2024-05-31.' }),
    z.refine<string>((d) => !isRealDate(d) || d >= EARLIEST_DAY, {
      error: 'Enter a date from 1950 onwards.',
    }),
    z.refine<string>((d) => allowFuture || !isRealDate(d) || d <= today, {
      error: 'The date cannot be in the future.',
    }),
  ] as const;

export const requiredDate = (missing: string, options: DateOptions) =>
  z.string().check(
    z.refine((d) => d !== '', { error: missing }),
    ...dateChecks(options),
  );

/** '' means "not given" (in progress, ongoing). */
export const optionalDate = (options: DateOptions) => z.string().check(...dateChecks(options));

/** A NumberInput's value: a number, '' while empty, or the text of a number being typed ("12."). */
export type NumberValue = number | string;

/** The number a NumberInput holds, or null when it is empty or not (yet) a number. */
export const asNumber = (value: NumberValue): number | null => {
  const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : null;
};

const isBlank = (value: NumberValue) => typeof value === 'string' && value.trim() === '';

interface NumberOptions {
  missing?: string;
  /** The message for anything outside the range, as the API words it for this field. */
  range: string;
  min: number;
  max: number;
  /** The API refuses exactly `min` ("above 0"). */
  exclusiveMin?: boolean;
  integer?: boolean;
}

export const numberValue = ({
  missing,
  range,
  min,
  max,
  exclusiveMin = false,
  integer = false,
}: NumberOptions) =>
  z.union([z.number(), z.string()]).check(
    z.refine((v) => missing === undefined || !isBlank(v), { error: missing ?? '' }),
    z.refine((v) => isBlank(v) || asNumber(v) !== null, { error: 'Enter a number.' }),
    z.refine(
      (v) => {
        const n = asNumber(v);
        return n === null || ((exclusiveMin ? n > min : n >= min) && n <= max);
      },
      { error: range },
    ),
    z.refine((v) => !integer || Number.isInteger(asNumber(v) ?? 0), { error: 'Enter a whole number.' }),
  );

/** For an object with `startDate`/`endDate`-like fields: the end may not come before the start. */
export const endNotBeforeStart = <T extends Record<string, unknown>>(
  startKey: keyof T,
  endKey: keyof T & string,
) =>
  z.refine<T>(
    (values) => {
      const start = values[startKey];
      const end = values[endKey];
      return !(typeof start === 'string' && typeof end === 'string' && isRealDate(start) && isRealDate(end))
        ? true
        : end >= start;
    },
    { error: 'The end date is before the start date.', path: [endKey] },
  );

/** '' → null, for optional inputs the API takes as absent. */
export const orNull = <T extends string>(value: T | ''): T | null => (value === '' ? null : value);
