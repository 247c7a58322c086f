import { describe, expect, it } from 'vitest';
import { reviewerSchema } from './qualification-schema';
import { describeAllowedLevels, heldEndorsement, mayReview, toQualificationInput } from './qualifications';

describe('reviewer qualifications', () => {
  it('lets a reviewer review their own level and those below', () => {
    expect(mayReview('IMHS', null, 'IFA')).toBe(true);
    expect(mayReview('IMHS', null, 'IMHS')).toBe(true);
    expect(mayReview('IFS', null, 'IFRS')).toBe(false);
  });

  it('keeps Mentor files for Clinical Mentors', () => {
    expect(mayReview('IMHM', 'CLINICAL', 'IMHM')).toBe(true);
    expect(mayReview('IMHM', 'POLICY', 'IMHM')).toBe(false);
    expect(mayReview('IMHM', 'POLICY', 'IMHS')).toBe(true);
  });

  it('says which levels the chosen endorsement allows', () => {
    expect(describeAllowedLevels('IFS', '')).toBe('A reviewer endorsed IFS may review IFA, IFS.');
    expect(describeAllowedLevels('IMHM', 'RESEARCH_FACULTY')).toBe(
      'A reviewer endorsed IMHM-Research/Faculty may review IFA, IFS, IFRS, IMHS.',
    );
    expect(describeAllowedLevels('IMHM', '')).toMatch(/Mentor track/);
    expect(describeAllowedLevels('', '')).toMatch(/Choose the endorsement/);
  });

  it('sends levels in ladder order and a track only with a Mentor endorsement', () => {
    expect(
      toQualificationInput({ levels: ['IMHS', 'IFA'], heldLevel: 'IMHS', heldTrack: 'CLINICAL' }),
    ).toEqual({
      levels: ['IFA', 'IMHS'],
      heldLevel: 'IMHS',
      heldTrack: null,
    });
    expect(toQualificationInput({ levels: [], heldLevel: 'IMHM', heldTrack: 'POLICY' }).heldTrack).toBe(
      'POLICY',
    );
  });

  it('reads the held endorsement from the first qualification', () => {
    expect(heldEndorsement([])).toBeNull();
    expect(heldEndorsement([{ heldLevel: 'IMHM', heldTrack: 'CLINICAL' }])).toEqual({
      level: 'IMHM',
      track: 'CLINICAL',
    });
  });

  it('asks for a track with a Mentor endorsement but leaves level rules to the server', () => {
    const base = { name: 'Ann Reviewer', email: 'ann@example.org', levels: ['IMHM'], heldTrack: '' };
    const mentor = reviewerSchema.safeParse({ ...base, heldLevel: 'IMHM' });
    expect(mentor.success).toBe(false);
    expect(mentor.error?.issues[0]?.path).toEqual(['heldTrack']);
    expect(reviewerSchema.safeParse({ ...base, heldLevel: 'IFA' }).success).toBe(true);
  });
});
