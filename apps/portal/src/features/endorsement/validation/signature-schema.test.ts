import { describe, expect, it } from 'vitest';
import { signatureSchema } from './signature-schema';

describe('signatureSchema', () => {
  it('asks for the attestation before signing', () => {
    const result = signatureSchema.safeParse({ attestNoSanction: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Confirm that no licensing board has sanctioned you.');
    expect(signatureSchema.safeParse({ attestNoSanction: true }).success).toBe(true);
  });
});
