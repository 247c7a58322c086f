import { describe, expect, it } from 'vitest';
import { profileSchema } from './profile-schema';
import { toUpdateProfileInput } from './to-update-profile-input';

const empty = {
  name: 'Ada Applicant',
  phone: '',
  addressLine: '',
  city: '',
  postalCode: '',
  employer: '',
  jobTitle: '',
  membershipNumber: '',
  membershipExpiresOn: '',
  chapterId: '',
};

describe('profileSchema', () => {
  it('accepts a profile with only a name', () => {
    expect(profileSchema.safeParse(empty).success).toBe(true);
  });

  it.each(['+1 (555) 123-4567', '0612345678'])('accepts the phone number %j', (phone) => {
    expect(profileSchema.safeParse({ ...empty, phone }).success).toBe(true);
  });

  it('rejects letters in the phone number', () => {
    const result = profileSchema.safeParse({ ...empty, phone: 'call me' });
    expect(result.error?.issues[0]?.path).toEqual(['phone']);
  });

  it.each([
    ['2026-12-31', true],
    ['2026-02-30', false],
    ['31/12/2026', false],
  ])('checks the expiry date %j', (membershipExpiresOn, ok) => {
    expect(profileSchema.safeParse({ ...empty, membershipExpiresOn }).success).toBe(ok);
  });
});

describe('toUpdateProfileInput', () => {
  it('sends empty fields as null so clearing a field clears it', () => {
    const input = toUpdateProfileInput({ ...empty, city: 'Utrecht' });
    expect(input).toMatchObject({ name: 'Ada Applicant', city: 'Utrecht', phone: null, chapterId: null });
  });
});
