import { z } from 'zod/mini';
import type { RenewalKind } from '../../../gql/graphql';

/** The endorsee reads this with the returned renewal, so it must say what to change. */
export const returnRenewalSchema = z.object({
  message: z.string().check(z.trim(), z.minLength(1, { error: 'Tell the endorsee what to change.' })),
});
export type ReturnRenewalValues = z.infer<typeof returnRenewalSchema>;

/** Those conditions arrive outside the system, so the coordinator vouches for them. */
export const reinstateSchema = z.object({
  conditionsConfirmed: z
    .boolean()
    .check(z.refine((confirmed) => confirmed, { error: 'Confirm the reinstatement conditions first.' })),
});
export type ReinstateValues = z.infer<typeof reinstateSchema>;

/** Which dates are allowed (after the current grace, within a year of the due date) is the API's rule. */
export const extensionSchema = z.object({
  until: z
    .string()
    .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Choose the last day a late renewal is accepted.' })),
  reason: z.string().check(z.trim(), z.minLength(1, { error: 'Give the reason for the extension.' })),
});
export type ExtensionValues = z.infer<typeof extensionSchema>;

/** A yearly renewal needs no confirmation, and the API ignores one; only a reinstatement sends it. */
export const toApproveVariables = (renewalId: string, kind: RenewalKind, values: ReinstateValues) => ({
  renewalId,
  conditionsConfirmed: kind === 'REINSTATEMENT' ? values.conditionsConfirmed : null,
});
