import { z } from 'zod/mini';

// The API refuses a signature without the attestation; saying so next to the box saves a round trip.
export const signatureSchema = z.object({
  attestNoSanction: z
    .boolean()
    .check(
      z.refine((attested) => attested, { error: 'Confirm that no licensing board has sanctioned you.' }),
    ),
});

export type SignatureValues = z.infer<typeof signatureSchema>;

export const SIGNATURE_FIELDS = ['attestNoSanction'] as const;
