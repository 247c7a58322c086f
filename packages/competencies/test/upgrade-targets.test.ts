import { describe, expect, it } from 'vitest';
import { TARGETS, targetKey, upgradeTargets } from '../src/index';

const keys = (held: Parameters<typeof upgradeTargets>[0]) => upgradeTargets(held).map(targetKey);

describe('upgradeTargets', () => {
  it('offers every target to someone holding nothing', () => {
    expect(upgradeTargets([])).toEqual(TARGETS);
  });

  it('offers only the levels above the highest held', () => {
    expect(keys([{ level: 'IFA' }])).toEqual([
      'IFS',
      'IFRS',
      'IMHS',
      'IMHM-CLINICAL',
      'IMHM-POLICY',
      'IMHM-RESEARCH_FACULTY',
    ]);
    expect(keys([{ level: 'IFA' }, { level: 'IMHS' }])).toEqual([
      'IMHM-CLINICAL',
      'IMHM-POLICY',
      'IMHM-RESEARCH_FACULTY',
    ]);
  });

  it('offers a Mentor the tracks not yet held', () => {
    expect(keys([{ level: 'IMHM', track: 'POLICY' }])).toEqual(['IMHM-CLINICAL', 'IMHM-RESEARCH_FACULTY']);
    expect(
      keys([
        { level: 'IMHM', track: 'POLICY' },
        { level: 'IMHM', track: 'CLINICAL' },
        { level: 'IMHM', track: 'RESEARCH_FACULTY' },
      ]),
    ).toEqual([]);
  });
});
