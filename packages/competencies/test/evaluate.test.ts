/** The interpretations documented next to the rules, one test each, with the reasons an applicant reads. */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_2024,
  type Edition,
  evaluate,
  type RscProvider,
  VAIMH_2010,
  validatePortfolio,
} from '../src/index';
import {
  AS_OF,
  degree,
  emptyPortfolio,
  job,
  leadership,
  reference,
  rsc,
  signed,
  strongPortfolio,
  training,
} from './factories';
import { requirement, status } from './helpers';

const IMHS = { level: 'IMHS' } as const;
const IFS = { level: 'IFS' } as const;
const master = degree({ degree: 'MASTER', completedOn: '2009-12-31' });

describe('work experience', () => {
  const twoYears = { startDate: '2010-01-01', endDate: '2011-12-31' };

  it('counts part-time work pro rata and two half-time jobs at once as full time', () => {
    const half = requirement(
      emptyPortfolio({ education: [master], work: [job({ ...twoYears, hoursPerWeek: 20 })] }),
      IMHS,
      VAIMH_2010,
      'work_experience',
    );
    expect(half.progress).toEqual({ have: 1, need: 2, unit: 'years' });
    expect(half.reasons[0]).toBe(
      'You have 1 of 2 full-time-equivalent years; 365 more full-time days needed.',
    );
    const both = emptyPortfolio({
      education: [master],
      work: [job({ ...twoYears, hoursPerWeek: 20 }), job({ ...twoYears, hoursPerWeek: 20 })],
    });
    expect(status(both, IMHS, VAIMH_2010, 'work_experience')).toBe('met');
  });

  it('judges an entry with NaN weekly hours as it always has (invalid input validatePortfolio reports)', () => {
    const portfolio = emptyPortfolio({
      education: [master],
      work: [
        job({ ...twoYears, hoursPerWeek: 20 }),
        job({ startDate: '2011-01-01', endDate: '2012-12-31', hoursPerWeek: Number.NaN }),
        job({ startDate: '2011-01-01', endDate: '2013-12-31', hoursPerWeek: 30 }),
      ],
    });
    expect(validatePortfolio(portfolio).map((issue) => issue.path)).toEqual(['work[1].hoursPerWeek']);
    expect(requirement(portfolio, IMHS, VAIMH_2010, 'work_experience').progress?.have).toBe(0.5);
  });

  it('caps a day at full time: more than 40 hours a week does not shorten the two years', () => {
    const long = emptyPortfolio({
      education: [master],
      work: [job({ startDate: '2010-01-01', endDate: '2010-12-31', hoursPerWeek: 80 })],
    });
    expect(requirement(long, IMHS, VAIMH_2010, 'work_experience').progress?.have).toBe(1);
  });

  it('counts an ongoing job up to the evaluation date and nothing after it', () => {
    const ongoing = emptyPortfolio({
      education: [master],
      work: [job({ startDate: '2022-07-01', endDate: undefined })],
    });
    expect(status(ongoing, IMHS, VAIMH_2010, 'work_experience', '2024-06-28')).toBe('not_met');
    // 730 days, the leap day included: a year is 365 days of work.
    expect(status(ongoing, IMHS, VAIMH_2010, 'work_experience', '2024-06-29')).toBe('met');
  });

  it('explains which entries were left out', () => {
    const p = emptyPortfolio({
      education: [master],
      work: [
        job({ paid: false }),
        job({ supervised: false }),
        job({ startDate: '2005-01-01', endDate: '2009-06-30' }),
        job({ hoursPerWeek: 0 }),
      ],
    });
    expect(requirement(p, IMHS, VAIMH_2010, 'work_experience').reasons).toEqual([
      'You have 0 of 2 full-time-equivalent years; 730 more full-time days needed.',
      '1 unpaid entry of this kind of work do not count: paid work is required.',
      '1 entry without supervision do not count: supervised work is required.',
      "1 entry ended before a Master's degree was completed and do not count.",
    ]);
    expect(
      requirement(emptyPortfolio({ work: [job()] }), IMHS, VAIMH_2010, 'work_experience').reasons,
    ).toContain("Only work after a Master's degree (or higher) counts, and none is recorded as completed.");
  });

  it('explains the IFA alternatives and families served', () => {
    expect(requirement(emptyPortfolio(), { level: 'IFA' }, VAIMH_2010, 'degree_or_work').reasons[0]).toBe(
      'No completed academic degree is recorded. You have 0 of 2 full-time-equivalent years; 730 more full-time days needed.',
    );
    expect(requirement(emptyPortfolio(), { level: 'IFA' }, VAIMH_2010, 'work_experience').reasons).toEqual([
      'Record your work with infants/toddlers and families.',
    ]);
    const families = requirement(
      emptyPortfolio({ work: [job({ kind: 'PREVENTION_EARLY_INTERVENTION', familiesServed: 1 })] }),
      IFS,
      VAIMH_2010,
      'families_served',
    );
    expect(families).toMatchObject({ status: 'not_met', progress: { have: 1, need: 10, unit: 'families' } });
    expect(families.reasons).toEqual(['You list 1 family served in qualifying roles; 10 are required.']);
  });

  it('explains leadership', () => {
    expect(
      requirement(emptyPortfolio(), { level: 'IMHM', track: 'POLICY' }, VAIMH_2010, 'leadership').reasons,
    ).toEqual(['Record a leadership activity at regional level or above.']);
    const half = emptyPortfolio({
      leadership: [leadership({ scope: 'LOCAL', startDate: '2023-07-01', endDate: '2023-12-30' })],
    });
    expect(requirement(half, { level: 'IFRS' }, CURRENT_2024, 'leadership').reasons).toEqual([
      'You have 0.5 of 1 years of leadership activities.',
    ]);
  });
});

describe('training', () => {
  it('counts a training on several topics toward each part, and once toward the total', () => {
    const p = emptyPortfolio({
      trainings: [training({ hours: 15, topics: ['PROVIDING_RSC', 'DEI'] }), training({ hours: 30 })],
    });
    const ifrs = { level: 'IFRS' } as const;
    expect(status(p, ifrs, CURRENT_2024, 'training_rsc')).toBe('met');
    expect(status(p, ifrs, CURRENT_2024, 'training_dei')).toBe('met');
    expect(requirement(p, ifrs, CURRENT_2024, 'training_hours')).toMatchObject({
      status: 'not_met',
      progress: { have: 45, need: 48 },
    });
  });

  it('says what is missing and why future trainings do not count', () => {
    const p = emptyPortfolio({
      trainings: [training({ hours: 12.5 }), training({ hours: 5, date: '2024-07-01' })],
    });
    expect(requirement(p, IFS, VAIMH_2010, 'training_hours').reasons).toEqual([
      'You have 12.5 of 30 hours of training; 17.5 more needed.',
      '1 training dated after 2024-06-30 do not count yet.',
    ]);
    expect(requirement(emptyPortfolio(), { level: 'IFRS' }, CURRENT_2024, 'training_dei').reasons[0]).toBe(
      'You have 0 of 3 hours of training on diversity, equity and inclusion; 3 more needed.',
    );
  });

  it('adds fractional hours exactly enough', () => {
    const p = emptyPortfolio({ trainings: [0.1, 0.2, 29.7].map((hours) => training({ hours })) });
    expect(status(p, IFS, VAIMH_2010, 'training_hours')).toBe('met');
  });
});

describe('reflective supervision/consultation', () => {
  const bachelor = degree({ degree: 'BACHELOR', completedOn: '2015-05-01' });
  const mastersIfs: RscProvider = { endorsement: { level: 'IFS' }, degree: 'MASTER' };

  it('older edition: a Master’s-prepared IFS may provide RSC to a Bachelor’s-prepared IFS applicant only', () => {
    const p = (education: (typeof bachelor)[], provider = mastersIfs) =>
      emptyPortfolio({ education, rsc: [rsc({ hours: 24, provider })] });
    expect(status(p([bachelor]), IFS, VAIMH_2010, 'rsc_received')).toBe('met');
    expect(status(p([bachelor, master]), IFS, VAIMH_2010, 'rsc_received')).toBe('not_met');
    expect(
      status(
        p([bachelor], { endorsement: { level: 'IFS' }, degree: 'BACHELOR' }),
        IFS,
        VAIMH_2010,
        'rsc_received',
      ),
    ).toBe('not_met');
    expect(status(p([bachelor], { endorsement: { level: 'IFS' } }), IFS, VAIMH_2010, 'rsc_received')).toBe(
      'not_met',
    );
    // Current editions: IFRS, IMHS or IMHM-Clinical only.
    expect(status(p([bachelor]), IFS, CURRENT_2024, 'rsc_received')).toBe('not_met');
    expect(status(p([bachelor], { endorsement: { level: 'IFRS' } }), IFS, CURRENT_2024, 'rsc_received')).toBe(
      'met',
    );
  });

  it('finds the best window among many logs', () => {
    const monthly = Array.from({ length: 30 }, (_, i) => {
      const month = new Intl.NumberFormat('en', { minimumIntegerDigits: 2 }).format((i % 12) + 1);
      const year = 2021 + Math.floor(i / 12);
      return rsc({ startDate: `${year}-${month}-01`, endDate: `${year}-${month}-28`, hours: 2 });
    });
    const result = requirement(
      emptyPortfolio({ education: [master], rsc: monthly }),
      IMHS,
      VAIMH_2010,
      'rsc_received',
    );
    expect(result.progress).toEqual({ have: 48, need: 50, unit: 'hours' });
    expect(result.reasons).toEqual([
      'Your best 24-month period (2021-01-01 to 2022-12-28) has 48 of 50 hours; 2 more needed.',
    ]);
  });

  it('explains every kind of hour that did not count', () => {
    const p = emptyPortfolio({
      education: [master],
      rsc: [
        rsc({ hours: 10, provider: { endorsement: { level: 'IFS' } } }),
        rsc({ hours: 5, peer: true }),
        rsc({ startDate: '2020-01-01', endDate: '2022-06-30', hours: 60 }),
        rsc({ startDate: '2023-01-01', endDate: '2023-02-01', hours: 4 }),
      ],
    });
    expect(requirement(p, IMHS, VAIMH_2010, 'rsc_received').reasons).toEqual([
      'Your best 24-month period (2023-01-01 to 2023-02-01) has 4 of 50 hours; 46 more needed.',
      'The hours must be spread over at least 12 months; 2023-01-01 to 2023-02-01 is shorter.',
      '10 hours from providers who are not IMHS, IMHM-Clinical do not count.',
      '5 hours of peer consultation without an identified provider do not count.',
      '1 entry cover more than 24 months; log them by shorter periods.',
    ]);
    expect(requirement(emptyPortfolio(), IMHS, CURRENT_2024, 'rsc_received').reasons).toEqual([
      'No reflective supervision/consultation from a qualifying provider (IMHS, IMHM-Clinical) is recorded.',
    ]);
    expect(requirement(emptyPortfolio(), IFS, VAIMH_2010, 'rsc_received').reasons[0]).toContain(
      "IFS with a Master's degree (for applicants with at most a Bachelor's degree)",
    );
  });

  it('Mentor-Clinical: 25 hours about the applicant’s own RSC in the same window as the 50', () => {
    const clinical = { level: 'IMHM', track: 'CLINICAL' } as const;
    const p = emptyPortfolio({
      rsc: [
        rsc({ startDate: '2019-01-01', endDate: '2019-12-31', hours: 25, aboutApplicantsOwnRsc: true }),
        rsc({ startDate: '2022-01-01', endDate: '2022-12-31', hours: 50 }),
      ],
    });
    const result = requirement(p, clinical, CURRENT_2024, 'rsc_received');
    expect(result.status).toBe('not_met');
    expect(result.reasons).toEqual([
      'At least 25 of the hours must be about the RSC you provide; that period has 0.',
    ]);
  });
});

describe('references', () => {
  const three = () => [
    reference({ id: 'a', raterRole: 'CURRENT_SUPERVISOR', raterEndorsement: { level: 'IFS' } }),
    reference({ id: 'b', raterRole: 'RSC_PROVIDER' }),
    reference({ id: 'c', raterRole: 'COLLEAGUE' }),
  ];

  it('places a rater who could fill two slots where the others need them', () => {
    const p = emptyPortfolio({
      references: [
        reference({ id: 'a', raterRole: 'COLLEAGUE', raterEndorsement: { level: 'IFS' } }),
        reference({ id: 'b', raterRole: 'RSC_PROVIDER' }),
        reference({ id: 'c', raterRole: 'TEACHER_TRAINER_CONSULTANT' }),
      ],
    });
    expect(status(p, IFS, VAIMH_2010, 'references')).toBe('met');
  });

  it('is pending while a needed form is awaited, and says from whom', () => {
    const p = emptyPortfolio({
      references: three().map((r) => (r.id === 'b' ? { ...r, raterName: 'Dana', receivedOn: undefined } : r)),
    });
    expect(requirement(p, IFS, VAIMH_2010, 'references')).toMatchObject({
      status: 'pending',
      progress: { have: 2, need: 3, unit: 'references' },
      reasons: ['Waiting for the form from Dana.'],
    });
    const future = emptyPortfolio({
      references: three().map((r) => (r.id === 'b' ? { ...r, receivedOn: '2024-07-01' } : r)),
    });
    expect(status(future, IFS, VAIMH_2010, 'references')).toBe('pending');
  });

  it('lists missing roles, the endorsed-rater rule and invalid forms', () => {
    const p = emptyPortfolio({
      references: [
        reference({ id: 'a', raterRole: 'CURRENT_SUPERVISOR', receivedOn: '2023-01-01' }),
        reference({ id: 'b', raterRole: 'RSC_PROVIDER', raterName: 'Sam', knownSince: '2024-01-01' }),
        reference({ id: 'c', raterRole: 'COLLEAGUE', notEnoughInformationCount: 7 }),
      ],
    });
    expect(requirement(p, IFS, VAIMH_2010, 'references').reasons).toEqual([
      'A reference is missing from your current program supervisor or a teacher, trainer or consultant.',
      'A reference is missing from your reflective supervision/consultation provider.',
      'A reference is missing from another supervisor or a colleague.',
      'At least 1 rater must be endorsed at IFS or above.',
      'The form from your current program supervisor (2023-01-01) is older than 12 months; ask for a new one.',
      'Sam has known you since 2024-01-01; a rater must have known you for at least 12 months.',
      'The form from a colleague has too many "not enough information" answers; ask a rater who knows your work better.',
    ]);
    expect(requirement(emptyPortfolio(), { level: 'IFA' }, VAIMH_2010, 'references').reasons[0]).toBe(
      'A reference is missing from any rater who knows your work.',
    );
  });
});

describe('documents', () => {
  it('explains education, including a degree in progress', () => {
    const p = emptyPortfolio({
      education: [degree({ degree: 'BACHELOR' }), degree({ degree: 'MASTER', completedOn: undefined })],
    });
    expect(requirement(p, IMHS, VAIMH_2010, 'education').reasons).toEqual([
      "A Master's degree or higher is required; your highest completed degree is a Bachelor's degree.",
      'A degree in progress counts once its completion date is recorded.',
    ]);
    expect(requirement(emptyPortfolio(), IMHS, VAIMH_2010, 'education').reasons).toEqual([
      "A Master's degree or higher is required; your highest completed degree is no degree.",
    ]);
  });

  it('gives the retake date after a failed exam', () => {
    const p = emptyPortfolio({
      exams: [
        { result: 'FAILED', takenOn: '2023-03-01' },
        { result: 'FAILED', takenOn: '2024-02-29' },
      ],
    });
    expect(requirement(p, IMHS, VAIMH_2010, 'exam').reasons).toEqual([
      'The exam was not passed on 2024-02-29; you may retake it from 2025-02-28.',
    ]);
  });

  it('asks to sign again when a signature is too old or of a version no longer accepted', () => {
    expect(
      requirement(
        emptyPortfolio({ agreements: [signed('CODE_OF_ETHICS', '2023-01-01')] }),
        IFS,
        VAIMH_2010,
        'code_of_ethics',
      ).reasons,
    ).toEqual([
      'Your signature of the code of ethics from 2023-01-01 is more than 12 months old; sign it again.',
    ]);
    const strict: Edition = {
      ...VAIMH_2010,
      levels: {
        IFA: {
          code: 'IFA',
          name: 'Associate',
          shortName: 'IFA',
          requirements: [
            {
              kind: 'agreement',
              id: 'endorsement_agreement',
              label: 'Agreement',
              document: 'ENDORSEMENT_AGREEMENT',
              acceptedVersions: ['2025'],
            },
          ],
        },
      },
    };
    const old = emptyPortfolio({ agreements: [signed('ENDORSEMENT_AGREEMENT', '2024-01-01', '2020')] });
    expect(requirement(old, { level: 'IFA' }, strict, 'endorsement_agreement').reasons).toEqual([
      'Sign the endorsement agreement.',
      'Version 2020 is no longer accepted; sign version 2025.',
    ]);
    const current = emptyPortfolio({ agreements: [signed('ENDORSEMENT_AGREEMENT', '2024-01-01', '2025')] });
    expect(status(current, { level: 'IFA' }, strict, 'endorsement_agreement')).toBe('met');
  });

  it('says when membership ended', () => {
    const p = emptyPortfolio({
      memberships: [
        { startDate: '2021-01-01', endDate: '2021-12-31' },
        { startDate: '2022-01-01', endDate: '2022-12-31' },
      ],
    });
    expect(requirement(p, IFS, VAIMH_2010, 'membership').reasons).toEqual([
      'Your membership ended on 2022-12-31; renew it.',
    ]);
    expect(requirement(emptyPortfolio(), IFS, VAIMH_2010, 'membership').reasons).toEqual([
      'Join an infant mental health association.',
    ]);
  });
});

describe('the overall result', () => {
  it('is ready for review with only the exam to come, but not eligible', () => {
    const p = { ...strongPortfolio(), exams: [] };
    const result = evaluate(p, IMHS, { asOf: AS_OF, edition: VAIMH_2010 });
    expect(result).toMatchObject({ eligible: false, readyForReview: true });
    expect(result.requirements.find((r) => r.id === 'exam')?.status).toBe('pending');
  });

  it('is not ready for review while a reference is awaited', () => {
    const p = strongPortfolio();
    const awaited = { ...p, references: p.references.map((r) => ({ ...r, receivedOn: undefined })) };
    expect(evaluate(awaited, IFS, { asOf: AS_OF, edition: VAIMH_2010 })).toMatchObject({
      eligible: false,
      readyForReview: false,
    });
  });

  it('refuses dates that do not exist', () => {
    expect(() => evaluate(emptyPortfolio(), IFS, { asOf: '2024-02-30', edition: VAIMH_2010 })).toThrow(
      RangeError,
    );
  });
});
