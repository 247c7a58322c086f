import { CURRENT_2024, type Portfolio } from '@imh/competencies';
import { describe, expect, it } from 'vitest';
import {
  type ApplicationSummary,
  asPortfolio,
  defaultTarget,
  isPortfolioLocked,
  levelOptions,
  openApplication,
  targetName,
  withApplicationEvidence,
} from './progress-basis';

const application = (status: ApplicationSummary['status'], id: string = status): ApplicationSummary => ({
  id,
  level: 'IFS',
  track: null,
  status,
  editionId: CURRENT_2024.id,
  rulesPortfolio: {},
});

describe('isPortfolioLocked', () => {
  it.each([
    ['SUBMITTED', true],
    ['RESUBMITTED', true],
    ['IN_REVIEW', true],
    ['EXAM_PENDING', true],
    ['DRAFT', false],
    ['CHANGES_REQUESTED', false],
    ['ENDORSED', false],
  ] as const)('%s → %s', (status, locked) => {
    expect(isPortfolioLocked([application('ENDORSED', 'old'), application(status)])).toBe(locked);
  });
});

describe('openApplication', () => {
  it('is the newest application without a decision', () => {
    const apps = [application('WITHDRAWN'), application('CHANGES_REQUESTED'), application('DRAFT')];
    expect(openApplication(apps)?.id).toBe('CHANGES_REQUESTED');
    expect(openApplication([application('ENDORSED'), application('DENIED')])).toBeNull();
  });
});

const portfolio = asPortfolio({
  trainings: [{ id: 't', title: 'T', date: '2024-01-01', hours: 30, domains: [], topics: [] }],
});

describe('withApplicationEvidence', () => {
  it('takes references, agreements and exams from the application, the rest from the portfolio', () => {
    const evidence: Partial<Portfolio> = {
      trainings: [],
      references: [{ id: 'r', raterRole: 'COLLEAGUE', raterEndorsement: null, knownSince: '2020-01-01' }],
      agreements: [{ document: 'CODE_OF_ETHICS', version: '1', signedOn: '2026-09-01' }],
    };
    const merged = withApplicationEvidence(portfolio, { ...application('DRAFT'), rulesPortfolio: evidence });
    expect(merged.trainings).toHaveLength(1);
    expect(merged.references).toHaveLength(1);
    expect(merged.agreements).toHaveLength(1);
    expect(merged.exams).toEqual([]);
  });

  it('leaves the portfolio alone without an application', () => {
    expect(withApplicationEvidence(portfolio, null)).toBe(portfolio);
  });
});

describe('defaultTarget', () => {
  it("is the open application's target", () => {
    expect(defaultTarget(portfolio, CURRENT_2024, '2026-11-23', { level: 'IMHM', track: 'POLICY' })).toEqual({
      level: 'IMHM',
      track: 'POLICY',
    });
  });

  it('is otherwise the nearest level not yet met', () => {
    expect(defaultTarget(asPortfolio({}), CURRENT_2024, '2026-11-23', null)).toEqual({ level: 'IFA' });
  });
});

describe('names', () => {
  it("uses the edition's names, with the Mentor track as the API writes it", () => {
    expect(targetName(CURRENT_2024, { level: 'IFS' })).toBe('Infant/Early Childhood Family Specialist');
    expect(targetName(CURRENT_2024, { level: 'IMHM', track: 'RESEARCH_FACULTY' })).toBe(
      'Infant/Early Childhood Mental Health Mentor (Research/Faculty)',
    );
    expect(levelOptions(CURRENT_2024).map((o) => o.value)).toEqual(['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM']);
  });
});
