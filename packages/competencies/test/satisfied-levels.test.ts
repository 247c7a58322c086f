import { describe, expect, it } from 'vitest';
import {
  CURRENT_2024,
  type Edition,
  evaluate,
  LEVEL_CODES,
  LEVELS,
  levelRank,
  satisfiedLevels,
  TARGETS,
  targetKey,
  trainingCoverage,
  VAIMH_2010,
  validatePortfolio,
} from '../src/index';
import { AS_OF, degree, emptyPortfolio, job, reference, rsc, strongPortfolio, training } from './factories';

const keys = (targets: readonly Parameters<typeof targetKey>[0][]) => targets.map(targetKey);

describe('satisfiedLevels', () => {
  it('gives each target the result evaluate gives, also when levels accept different RSC providers', () => {
    // Older edition: the Master's-prepared IFS provider counts for a Bachelor's IFS applicant only, so
    // the levels' window searches run over different entries and must not be shared.
    const portfolio = {
      ...strongPortfolio(),
      education: [degree({ degree: 'BACHELOR', completedOn: '2008-05-15' })],
      rsc: [
        rsc({ id: 'by-ifs', hours: 24, provider: { endorsement: { level: 'IFS' }, degree: 'MASTER' } }),
        rsc({ id: 'by-mentor', startDate: '2023-07-01', endDate: '2024-06-30', hours: 30 }),
      ],
    };
    for (const edition of [VAIMH_2010, CURRENT_2024]) {
      const options = { asOf: AS_OF, edition };
      const { results } = satisfiedLevels(portfolio, options);
      expect(results).toEqual(TARGETS.map((target) => evaluate(portfolio, target, options)));
    }
    const ifs = satisfiedLevels(portfolio, { asOf: AS_OF, edition: VAIMH_2010 }).results[1];
    expect(ifs?.requirements.find((r) => r.id === 'rsc_received')?.progress?.have).toBe(54);
  });

  it('lists every level and track the strong portfolio meets, with nothing left', () => {
    const result = satisfiedLevels(strongPortfolio(), { asOf: AS_OF, edition: CURRENT_2024 });
    expect(keys(result.satisfied)).toEqual(keys(TARGETS));
    expect(result.nearest).toBeUndefined();
    expect(result.results).toHaveLength(7);
  });

  it('points to the nearest unmet step above the highest level met, with what is missing', () => {
    // Meets IFS in the current edition, but lacks the training and RSC work for IFRS and the degree for IMHS.
    const p = strongPortfolio();
    const ifsOnly = {
      ...p,
      education: [],
      work: p.work.filter((w) => w.kind === 'IMH_SERVICES'),
      leadership: [],
      trainings: [training({ hours: 30 })],
      exams: [],
    };
    const result = satisfiedLevels(ifsOnly, { asOf: AS_OF, edition: CURRENT_2024 });
    expect(keys(result.satisfied)).toEqual(['IFA', 'IFS']);
    expect(result.nearest?.target).toEqual({ level: 'IMHS' });
    expect(result.nearest?.missing.map((r) => r.id)).toEqual(['education', 'work_experience']);
  });

  it('with nothing met, the nearest is the lowest rung with the fewest unmet requirements', () => {
    const result = satisfiedLevels(emptyPortfolio(), { asOf: AS_OF, edition: VAIMH_2010 });
    expect(result.satisfied).toEqual([]);
    expect(result.nearest?.target).toEqual({ level: 'IFA' });
  });

  it('skips levels the edition does not have', () => {
    const { IFRS: _dropped, ...levels } = VAIMH_2010.levels;
    const edition: Edition = { ...VAIMH_2010, id: 'no-ifrs', levels };
    expect(
      keys(satisfiedLevels(strongPortfolio(), { asOf: AS_OF, edition }).results.map((r) => r.target)),
    ).not.toContain('IFRS');
  });
});

describe('trainingCoverage', () => {
  it('reports covered domains with hours, missing ones and ids that do not apply', () => {
    const p = emptyPortfolio({
      trainings: [
        training({ id: 'b', hours: 6, domains: ['reflection', 'administration'] }),
        training({ id: 'a', hours: 4.5, domains: ['reflection'] }),
        training({ id: 'late', hours: 4, domains: ['thinking'], date: '2024-07-01' }),
      ],
    });
    const coverage = trainingCoverage(p, { level: 'IFS' }, { asOf: AS_OF, edition: VAIMH_2010 });
    expect(coverage.covered).toEqual([
      { domainId: 'reflection', name: 'Reflection', hours: 10.5, trainingIds: ['a', 'b'] },
    ]);
    expect(coverage.missing.map((m) => m.domainId)).toContain('thinking');
    expect(coverage.missing).toHaveLength(7);
    expect(coverage.outside).toEqual(['administration']);
    const policy = trainingCoverage(
      p,
      { level: 'IMHM', track: 'POLICY' },
      { asOf: AS_OF, edition: VAIMH_2010 },
    );
    expect(policy.covered.map((c) => c.domainId)).toEqual(['reflection', 'administration']);
  });
});

describe('validatePortfolio', () => {
  it('accepts a well-formed portfolio', () => {
    expect(validatePortfolio(strongPortfolio())).toEqual([]);
  });

  it('reports impossible dates, reversed periods and hours out of range, with paths', () => {
    const p = emptyPortfolio({
      education: [{ id: 'e', degree: 'MASTER', completedOn: '2020-02-30' }],
      work: [job({ startDate: '2020-05-01', endDate: '2020-04-01', hoursPerWeek: 200 })],
      leadership: [{ id: 'l', description: 'x', scope: 'LOCAL', startDate: 'soon' }],
      trainings: [training({ date: '2020-01-01', hours: -1 })],
      rsc: [
        {
          ...strongPortfolio().rsc[0],
          startDate: '2020-01-01',
          endDate: '2020-01-01',
          hours: Number.NaN,
        } as never,
      ],
      references: [reference({ knownSince: '2020-13-01', receivedOn: 'x' })],
      agreements: [{ document: 'CODE_OF_ETHICS', version: '1', signedOn: '' }],
      memberships: [{ startDate: '2020-01-01', endDate: '2019-01-01' }],
      exams: [{ result: 'PASSED', takenOn: '2021-02-29' }],
    });
    expect(validatePortfolio(p).map((i) => i.path)).toEqual([
      'education[0].completedOn',
      'work[0].endDate',
      'work[0].hoursPerWeek',
      'leadership[0].startDate',
      'trainings[0].hours',
      'rsc[0].hours',
      'references[0].knownSince',
      'references[0].receivedOn',
      'agreements[0].signedOn',
      'memberships[0].endDate',
      'exams[0].takenOn',
    ]);
  });
});

describe('levels', () => {
  it('are in ladder order with descriptions', () => {
    expect(LEVEL_CODES.map(levelRank)).toEqual([0, 1, 2, 3, 4]);
    expect(LEVEL_CODES.every((code) => LEVELS[code].description.length > 0)).toBe(true);
    expect(LEVELS.IFRS.numbered).toBeUndefined();
    expect(keys(TARGETS)).toEqual([
      'IFA',
      'IFS',
      'IFRS',
      'IMHS',
      'IMHM-CLINICAL',
      'IMHM-POLICY',
      'IMHM-RESEARCH_FACULTY',
    ]);
  });
});
