import { CURRENT_2024, VAIMH_2010 } from '@imh/competencies';
import { describe, expect, it } from 'vitest';
import { describeTarget, levelOptions, sameTarget, toTargetInput } from './level-options';

describe('toTargetInput', () => {
  it('sends the track only for the Mentor level', () => {
    expect(toTargetInput('IFS', 'POLICY')).toEqual({ level: 'IFS', track: null });
    expect(toTargetInput('IMHM', 'POLICY')).toEqual({ level: 'IMHM', track: 'POLICY' });
  });
});

describe('levelOptions', () => {
  it("names the five levels in the edition's words, with the stable code", () => {
    expect(levelOptions(VAIMH_2010.id).map((o) => o.label)).toEqual([
      'Infant Family Associate (IFA)',
      'Infant Family Specialist (IFS)',
      'Infant Family Reflective Supervisor (IFRS)',
      'Infant Mental Health Specialist (IMHS)',
      'Infant Mental Health Mentor (IMHM)',
    ]);
    expect(levelOptions(CURRENT_2024.id)[0]).toEqual({
      value: 'IFA',
      label: 'Infant/Early Childhood Family Associate (IFA)',
    });
  });

  it('falls back to the well-known names for an unknown edition', () => {
    expect(levelOptions('no-such-edition')[1]?.label).toBe('Infant Family Specialist (IFS)');
    expect(levelOptions(null)[1]?.label).toBe('Infant Family Specialist (IFS)');
  });
});

describe('describeTarget', () => {
  it('names the Mentor track', () => {
    expect(describeTarget('IMHM', 'RESEARCH_FACULTY')).toBe(
      'Infant Mental Health Mentor (IMHM), Research/Faculty track',
    );
  });
});

describe('sameTarget', () => {
  it('ignores a leftover track below the Mentor level', () => {
    expect(sameTarget({ level: 'IFS', track: null }, { level: 'IFS', track: 'CLINICAL' })).toBe(true);
    expect(sameTarget({ level: 'IMHM', track: 'POLICY' }, { level: 'IMHM', track: 'CLINICAL' })).toBe(false);
  });
});
