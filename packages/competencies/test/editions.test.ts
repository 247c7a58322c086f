import { describe, expect, it } from 'vitest';
import {
  CURRENT_2024,
  competencyDomainsFor,
  DEFAULT_EDITION,
  type Edition,
  editionFor,
  evaluate,
  getEdition,
  levelName,
  levelRules,
  type RequirementSpec,
  requirementsFor,
  requiresExam,
  TARGETS,
  targetKey,
  VAIMH_2010,
} from '../src/index';
import { AS_OF, strongPortfolio } from './factories';

/** A compact, reviewable fingerprint of each requirement: the numbers a coordinator would check. */
function fingerprint(spec: RequirementSpec): string {
  switch (spec.kind) {
    case 'education':
      return `education>=${spec.minDegree}`;
    case 'degree_or_work':
      return `degree>=${spec.minDegree}|${spec.years}y`;
    case 'work': {
      const f = spec.filter;
      const kinds = f.kinds === 'ANY' ? 'ANY' : f.kinds.join('+');
      return `${spec.id}:${spec.years}y ${kinds}${f.paidOnly ? ' paid' : ''}${f.supervisedOnly ? ' supervised' : ''}${f.afterDegree ? ` after ${f.afterDegree}` : ''}`;
    }
    case 'families_served':
      return `families>=${spec.minFamilies}`;
    case 'leadership':
      return `leadership:${spec.years}y ${spec.minScope}`;
    case 'training':
      return `${spec.id}:${spec.minHours}h`;
    case 'rsc':
      return `rsc:${spec.minHours}h ${spec.window.minMonths}-${spec.window.maxMonths}m by ${spec.providers.map((p) => (p.track ? `${p.level}-${p.track}` : p.level)).join('/')}${spec.minHoursAboutOwnRsc ? ` own>=${spec.minHoursAboutOwnRsc}` : ''}`;
    case 'references':
      return `references:${spec.slots.length}${spec.endorsedRaters ? ` endorsed>=${spec.endorsedRaters.minLevel}` : ''}`;
    case 'exam':
      return 'exam';
    case 'agreement':
      return spec.id;
    case 'membership':
      return 'membership';
  }
}

const COMMON = ['code_of_ethics', 'endorsement_agreement', 'membership'];

const EXPECTED: Record<string, Record<string, string[]>> = {
  'vaimh-2010': {
    IFA: ['degree>=ASSOCIATE|2y', 'work_experience:0y ANY', 'training_hours:30h', 'references:3', ...COMMON],
    IFS: [
      'education>=BACHELOR',
      'work_experience:2y PREVENTION_EARLY_INTERVENTION+IMH_SERVICES paid after BACHELOR',
      'families>=10',
      'training_hours:30h',
      'rsc:24h 12-24m by IMHS/IMHM-CLINICAL/IFS',
      'references:3 endorsed>=IFS',
      ...COMMON,
    ],
    IFRS: [
      'work_experience:2y PREVENTION_EARLY_INTERVENTION+IMH_SERVICES paid',
      'rsc_provision_experience:1y PROVIDING_RSC',
      'training_hours:30h',
      'training_rsc:15h',
      'rsc:24h 12-24m by IMHS/IMHM-CLINICAL',
      'references:3',
      ...COMMON,
    ],
    IMHS: [
      'education>=MASTER',
      'work_experience:2y IMH_SERVICES paid supervised after MASTER',
      'training_hours:30h',
      'rsc:50h 12-24m by IMHS/IMHM-CLINICAL',
      'references:3',
      'exam',
      ...COMMON,
    ],
    'IMHM-CLINICAL': [
      'education>=MASTER',
      'work_experience:2y IMH_SERVICES paid supervised after MASTER',
      'rsc_provision_experience:3y PROVIDING_RSC+PRACTICE_LEADER after MASTER',
      'leadership:0y REGIONAL',
      'training_hours:30h',
      'training_rsc:15h',
      'rsc:50h 12-24m by IMHM-CLINICAL own>=25',
      'references:3',
      'exam',
      ...COMMON,
    ],
    'IMHM-POLICY': [
      'education>=MASTER',
      'work_experience:3y POLICY_LEADER after MASTER',
      'leadership:0y REGIONAL',
      'training_hours:30h',
      'references:3',
      'exam',
      ...COMMON,
    ],
    'IMHM-RESEARCH_FACULTY': [
      'education>=MASTER',
      'work_experience:3y TEACHING_RESEARCH after MASTER',
      'leadership:0y REGIONAL',
      'training_hours:30h',
      'references:3',
      'exam',
      ...COMMON,
    ],
  },
  'current-2024': {
    IFA: ['degree>=ASSOCIATE|2y', 'work_experience:0y ANY', 'training_hours:30h', 'references:3', ...COMMON],
    IFS: [
      'work_experience:2y PREVENTION_EARLY_INTERVENTION+IMH_SERVICES paid',
      'training_hours:30h',
      'rsc:24h 12-24m by IFRS/IMHS/IMHM-CLINICAL',
      'references:3 endorsed>=IFS',
      ...COMMON,
    ],
    IFRS: [
      'work_experience:2y PREVENTION_EARLY_INTERVENTION+IMH_SERVICES paid',
      'rsc_provision_experience:1y PROVIDING_RSC',
      'leadership:1y LOCAL',
      'training_hours:48h',
      'training_rsc:15h',
      'training_dei:3h',
      'rsc:24h 12-24m by IFRS/IMHS/IMHM-CLINICAL',
      'references:3',
      ...COMMON,
    ],
    IMHS: [
      'education>=MASTER',
      'work_experience:2y IMH_SERVICES paid supervised after MASTER',
      'training_hours:30h',
      'rsc:50h 12-24m by IMHS/IMHM-CLINICAL',
      'references:3',
      ...COMMON,
    ],
    'IMHM-CLINICAL': [
      'education>=MASTER',
      'work_experience:2y IMH_SERVICES paid supervised after MASTER',
      'rsc_provision_experience:3y PROVIDING_RSC after MASTER',
      'leadership:0y REGIONAL',
      'training_hours:48h',
      'training_rsc:15h',
      'training_dei:3h',
      'rsc:50h 12-24m by IMHM-CLINICAL own>=25',
      'references:3',
      'exam',
      ...COMMON,
    ],
    'IMHM-POLICY': [
      'education>=MASTER',
      'work_experience:3y POLICY_LEADER after MASTER',
      'leadership:0y REGIONAL',
      'training_hours:30h',
      'references:3',
      'exam',
      ...COMMON,
    ],
    'IMHM-RESEARCH_FACULTY': [
      'education>=MASTER',
      'work_experience:3y TEACHING_RESEARCH after MASTER',
      'leadership:0y REGIONAL',
      'training_hours:30h',
      'references:3',
      'exam',
      ...COMMON,
    ],
  },
};

describe.each([VAIMH_2010, CURRENT_2024])('edition $id', (edition) => {
  it.each(TARGETS.map((t) => [targetKey(t), t] as const))(
    '%s lists exactly the documented requirements',
    (key, target) => {
      expect(requirementsFor(edition, target).map(fingerprint)).toEqual(EXPECTED[edition.id]?.[key]);
    },
  );

  it.each(TARGETS.map((t) => [targetKey(t), t] as const))(
    '%s: the strong portfolio meets it',
    (_key, target) => {
      const result = evaluate(strongPortfolio(), target, { asOf: AS_OF, edition });
      expect(result.requirements.filter((r) => r.status !== 'met')).toEqual([]);
      expect(result).toMatchObject({
        eligible: true,
        readyForReview: true,
        editionId: edition.id,
        asOf: AS_OF,
      });
    },
  );

  it('names every level', () => {
    expect(TARGETS.map((t) => levelName(edition, t.level))).not.toContain(undefined);
    expect(levelRules(edition, 'IFS')?.code).toBe('IFS');
  });
});

describe('edition data', () => {
  it('uses Infant/Early Childhood names in the current edition, stable codes in both', () => {
    expect(levelName(VAIMH_2010, 'IMHS')).toBe('Infant Mental Health Specialist');
    expect(levelName(CURRENT_2024, 'IMHS')).toBe('Infant/Early Childhood Mental Health Specialist');
    expect(levelRules(CURRENT_2024, 'IFRS')?.shortName).toBe('I/ECFRS');
  });

  it('asks for the exam at IMHS only in the older edition', () => {
    expect(requiresExam(VAIMH_2010, { level: 'IMHS' })).toBe(true);
    expect(requiresExam(CURRENT_2024, { level: 'IMHS' })).toBe(false);
    expect(requiresExam(CURRENT_2024, { level: 'IMHM', track: 'POLICY' })).toBe(true);
    expect(requiresExam(VAIMH_2010, { level: 'IFRS' })).toBe(false);
  });

  it('finds editions by id; the default is the seeds’ edition', () => {
    expect(getEdition('current-2024')).toBe(CURRENT_2024);
    expect(getEdition('nope')).toBeUndefined();
    expect(DEFAULT_EDITION).toBe(VAIMH_2010);
  });

  it('an edition without a level has no requirements for it, and evaluating it is refused', () => {
    const { IFRS: _dropped, ...levels } = VAIMH_2010.levels;
    const noIfrs: Edition = { ...VAIMH_2010, id: 'pre-2022', levels };
    expect(requirementsFor(noIfrs, { level: 'IFRS' })).toEqual([]);
    expect(levelName(noIfrs, 'IFRS')).toBeUndefined();
    expect(() => evaluate(strongPortfolio(), { level: 'IFRS' }, { asOf: AS_OF, edition: noIfrs })).toThrow(
      RangeError,
    );
  });
});

describe('editionFor', () => {
  const schedule = [
    { edition: VAIMH_2010, from: '2010-01-01' },
    { edition: CURRENT_2024, from: '2024-01-01' },
  ];
  it.each([
    ['2023-12-31', 'vaimh-2010'],
    ['2024-01-01', 'current-2024'],
    ['2030-06-01', 'current-2024'],
    ['2005-01-01', 'vaimh-2010'],
  ])('an application started %s is judged by %s', (startedOn, id) => {
    expect(editionFor(startedOn, schedule).id).toBe(id);
    expect(editionFor(startedOn, [...schedule].reverse()).id).toBe(id);
  });

  it('defaults to the seeds’ edition and refuses an empty schedule', () => {
    expect(editionFor('2024-05-01')).toBe(VAIMH_2010);
    expect(() => editionFor('2024-05-01', [])).toThrow(RangeError);
  });
});

describe('competency domains', () => {
  it('gives the eight domains to every level and the Mentor-only domains to their tracks', () => {
    const ids = (t: Parameters<typeof competencyDomainsFor>[1]) =>
      competencyDomainsFor(VAIMH_2010, t).map((d) => d.id);
    const eight = [
      'theoretical_foundations',
      'law_regulation_policy',
      'systems_expertise',
      'direct_service_skills',
      'working_with_others',
      'communicating',
      'thinking',
      'reflection',
    ];
    expect(ids({ level: 'IFA' })).toEqual(eight);
    expect(ids({ level: 'IMHM', track: 'CLINICAL' })).toEqual(eight);
    expect(ids({ level: 'IMHM', track: 'POLICY' })).toEqual([...eight, 'administration']);
    expect(ids({ level: 'IMHM', track: 'RESEARCH_FACULTY' })).toEqual([...eight, 'research_evaluation']);
  });

  it('leaves out a domain with no competency at the level yet', () => {
    const edition: Edition = {
      ...VAIMH_2010,
      competencyDomains: [
        {
          id: 'clinical',
          name: 'Clinical',
          competencies: [{ id: 'ppt', name: 'Parent-infant psychotherapy', from: 'IMHS' }],
        },
      ],
    };
    expect(competencyDomainsFor(edition, { level: 'IFS' })).toEqual([]);
    expect(competencyDomainsFor(edition, { level: 'IMHS' }).map((d) => d.id)).toEqual(['clinical']);
  });

  it('adds competencies as the level rises', () => {
    const count = (level: 'IFA' | 'IFS' | 'IMHS') =>
      competencyDomainsFor(CURRENT_2024, { level }).reduce((n, d) => n + d.competencies.length, 0);
    expect(count('IFA')).toBeLessThan(count('IFS'));
    expect(count('IFS')).toBeLessThan(count('IMHS'));
    const foundations = competencyDomainsFor(CURRENT_2024, { level: 'IFA' })[0];
    expect(foundations?.competencies.map((c) => c.id)).not.toContain('disorders_of_infancy');
  });
});
