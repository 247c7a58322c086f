import { evaluate, getEdition, type Portfolio } from '@imh/competencies';
import { describe, expect, it } from 'vitest';
import { asPortfolio } from '../progress/model/progress-basis';
import { heldTargets, upgradeOptions } from './upgrade-options';

const edition = getEdition('vaimh-2010');
if (!edition) throw new Error('The rules package has no vaimh-2010 edition');
const asOf = '2026-05-01';
const portfolio: Portfolio = {
  ...asPortfolio({}),
  trainings: [{ id: 't1', title: 'Grief', date: '2026-02-01', hours: 40, domains: [], topics: [] }],
};
const basis = { portfolio, edition, asOf };

const keys = (options: ReturnType<typeof upgradeOptions>) =>
  options.map((o) => (o.target.track ? `${o.target.level}-${o.target.track}` : o.target.level));

describe('heldTargets', () => {
  it('counts only active endorsements, a Mentor with its track', () => {
    expect(
      heldTargets([
        { level: 'IFS', track: null, status: 'LAPSED' },
        { level: 'IMHM', track: 'POLICY', status: 'ACTIVE' },
      ]),
    ).toEqual([{ level: 'IMHM', track: 'POLICY' }]);
  });
});

describe('upgradeOptions', () => {
  it('offers every level above the one held', () => {
    const options = upgradeOptions([{ level: 'IFS', track: null, status: 'ACTIVE' }], basis);
    expect(keys(options)).toEqual(['IFRS', 'IMHS', 'IMHM-CLINICAL', 'IMHM-POLICY', 'IMHM-RESEARCH_FACULTY']);
  });

  it('offers a Mentor the tracks not yet held', () => {
    const options = upgradeOptions([{ level: 'IMHM', track: 'CLINICAL', status: 'ACTIVE' }], basis);
    expect(keys(options)).toEqual(['IMHM-POLICY', 'IMHM-RESEARCH_FACULTY']);
  });

  it('offers nothing without an active endorsement to move up from', () => {
    expect(upgradeOptions([{ level: 'IFS', track: null, status: 'LAPSED' }], basis)).toEqual([]);
  });

  it('counts the requirements met exactly as the rules judge them', () => {
    const [ifrs] = upgradeOptions([{ level: 'IFS', track: null, status: 'ACTIVE' }], basis);
    const judged = evaluate(portfolio, { level: 'IFRS' }, { asOf, edition });
    expect(ifrs?.total).toBe(judged.requirements.length);
    expect(ifrs?.met).toBe(judged.requirements.filter((r) => r.status === 'met').length);
    expect(ifrs?.total).toBeGreaterThan(0);
  });
});
