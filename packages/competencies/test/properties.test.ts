/** Invariants over random portfolios (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_2024,
  evaluate,
  fromDay,
  type Portfolio,
  requirementsFor,
  TARGETS,
  toDay,
  VAIMH_2010,
} from '../src/index';
import type { RaterRole, WorkKind } from '../src/portfolio';

const AS_OF = '2024-06-30';
const dayArb = fc.integer({ min: toDay('2000-01-01'), max: toDay('2024-12-31') });
const period = fc
  .tuple(dayArb, fc.integer({ min: 0, max: 1500 }))
  .map(([start, length]) => ({ startDate: fromDay(start), endDate: fromDay(start + length) }));
const rscPeriod = fc
  .tuple(fc.integer({ min: toDay('2019-01-01'), max: toDay('2024-06-01') }), fc.integer({ min: 0, max: 200 }))
  .map(([s, l]) => ({ startDate: fromDay(s), endDate: fromDay(s + l) }));
const kinds: WorkKind[] = [
  'INFANT_FAMILY_FIELD',
  'PREVENTION_EARLY_INTERVENTION',
  'IMH_SERVICES',
  'PROVIDING_RSC',
  'PRACTICE_LEADER',
  'POLICY_LEADER',
  'TEACHING_RESEARCH',
  'OTHER',
];
const roles: RaterRole[] = [
  'CURRENT_SUPERVISOR',
  'TEACHER_TRAINER_CONSULTANT',
  'RSC_PROVIDER',
  'OTHER_SUPERVISOR',
  'COLLEAGUE',
  'SUPERVISEE',
  'OTHER',
];
const endorsement = fc.option(
  fc.constantFrom(
    { level: 'IFS' as const },
    { level: 'IFRS' as const },
    { level: 'IMHS' as const },
    { level: 'IMHM' as const, track: 'CLINICAL' as const },
  ),
  { nil: null },
);

/** Integer hours keep floating-point sums exact, so reordering cannot change a result by rounding. */
const portfolioArb: fc.Arbitrary<Portfolio> = fc.record({
  education: fc.array(
    fc.record({
      id: fc.uuid(),
      degree: fc.constantFrom(
        'ASSOCIATE' as const,
        'BACHELOR' as const,
        'MASTER' as const,
        'POST_GRADUATE' as const,
      ),
      completedOn: dayArb.map(fromDay),
    }),
    { maxLength: 3 },
  ),
  work: fc.array(
    fc
      .record({
        id: fc.uuid(),
        role: fc.constant('role'),
        kind: fc.constantFrom(...kinds),
        paid: fc.boolean(),
        supervised: fc.boolean(),
        hoursPerWeek: fc.integer({ min: 0, max: 60 }),
        servesInfantsAndFamilies: fc.boolean(),
        familiesServed: fc.integer({ min: 0, max: 20 }),
        period,
      })
      .map(({ period: p, ...rest }) => ({ ...rest, ...p })),
    { maxLength: 6 },
  ),
  leadership: fc.array(
    fc
      .record({
        id: fc.uuid(),
        description: fc.constant('x'),
        scope: fc.constantFrom('LOCAL' as const, 'REGIONAL' as const, 'STATE' as const),
        period,
      })
      .map(({ period: p, ...rest }) => ({ ...rest, ...p })),
    { maxLength: 2 },
  ),
  trainings: fc.array(
    fc.record({
      id: fc.uuid(),
      title: fc.constant('t'),
      date: dayArb.map(fromDay),
      hours: fc.integer({ min: 1, max: 30 }),
      domains: fc.constant([] as string[]),
      topics: fc.subarray(['PROVIDING_RSC', 'DEI'] as const),
    }),
    { maxLength: 6 },
  ),
  rsc: fc.array(
    fc
      .record({
        id: fc.uuid(),
        hours: fc.integer({ min: 1, max: 30 }),
        format: fc.constantFrom('INDIVIDUAL' as const, 'GROUP' as const),
        provider: fc.record({ endorsement, degree: fc.constantFrom('BACHELOR' as const, 'MASTER' as const) }),
        peer: fc.boolean(),
        aboutApplicantsOwnRsc: fc.boolean(),
        period: rscPeriod,
      })
      .map(({ period: p, ...rest }) => ({ ...rest, ...p })),
    { maxLength: 8 },
  ),
  references: fc.array(
    fc.record({
      id: fc.uuid(),
      raterRole: fc.constantFrom(...roles),
      raterEndorsement: endorsement,
      knownSince: dayArb.map(fromDay),
      receivedOn: fc.option(fc.integer({ min: toDay('2023-01-01'), max: toDay('2024-06-30') }).map(fromDay), {
        nil: undefined,
      }),
    }),
    { maxLength: 5 },
  ),
  agreements: fc.array(
    fc.record({
      document: fc.constantFrom('CODE_OF_ETHICS' as const, 'ENDORSEMENT_AGREEMENT' as const),
      version: fc.constant('1'),
      signedOn: dayArb.map(fromDay),
    }),
    { maxLength: 2 },
  ),
  memberships: fc.array(period, { maxLength: 2 }),
  exams: fc.array(
    fc.record({
      result: fc.constantFrom('PASSED' as const, 'FAILED' as const),
      takenOn: dayArb.map(fromDay),
    }),
    { maxLength: 2 },
  ),
});

const editionArb = fc.constantFrom(VAIMH_2010, CURRENT_2024);
const targetArb = fc.constantFrom(...TARGETS);

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('invariants', () => {
  it('adding hours never makes a met requirement unmet', () => {
    fc.assert(
      fc.property(
        portfolioArb,
        editionArb,
        targetArb,
        fc.integer({ min: 1, max: 40 }),
        (portfolio, edition, target, extra) => {
          const before = evaluate(portfolio, target, { asOf: AS_OF, edition });
          const more: Portfolio = {
            ...portfolio,
            work: portfolio.work.map((w) => ({ ...w, hoursPerWeek: w.hoursPerWeek + extra })),
            trainings: portfolio.trainings.map((t) => ({ ...t, hours: t.hours + extra })),
            rsc: portfolio.rsc.map((r) => ({ ...r, hours: r.hours + extra })),
          };
          const after = evaluate(more, target, { asOf: AS_OF, edition });
          before.requirements.forEach((r, i) => {
            if (r.status === 'met') expect(after.requirements[i]?.status).toBe('met');
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding entries never makes a met requirement unmet', () => {
    fc.assert(
      fc.property(portfolioArb, portfolioArb, editionArb, targetArb, (portfolio, extra, edition, target) => {
        const before = evaluate(portfolio, target, { asOf: AS_OF, edition });
        const merged: Portfolio = {
          ...portfolio,
          work: [...portfolio.work, ...extra.work],
          trainings: [...portfolio.trainings, ...extra.trainings],
          rsc: [...portfolio.rsc, ...extra.rsc],
          leadership: [...portfolio.leadership, ...extra.leadership],
        };
        const after = evaluate(merged, target, { asOf: AS_OF, edition });
        before.requirements.forEach((r, i) => {
          if (r.status === 'met' && ['work', 'training', 'rsc', 'leadership'].some((k) => r.id.includes(k))) {
            expect(after.requirements[i]?.status).toBe('met');
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('eligible exactly when every listed requirement is met, and every listed requirement is reported', () => {
    fc.assert(
      fc.property(portfolioArb, editionArb, targetArb, (portfolio, edition, target) => {
        const result = evaluate(portfolio, target, { asOf: AS_OF, edition });
        expect(result.requirements.map((r) => r.id)).toEqual(
          requirementsFor(edition, target).map((s) => s.id),
        );
        expect(result.eligible).toBe(result.requirements.every((r) => r.status === 'met'));
        for (const r of result.requirements) expect(r.status === 'met').toBe(r.reasons.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of entries', () => {
    fc.assert(
      fc.property(
        portfolioArb,
        editionArb,
        targetArb,
        fc.integer({ min: 1, max: 1_000_000 }),
        (portfolio, edition, target, seed) => {
          const shuffled: Portfolio = {
            education: shuffle(portfolio.education, seed),
            work: shuffle(portfolio.work, seed + 1),
            leadership: shuffle(portfolio.leadership, seed + 2),
            trainings: shuffle(portfolio.trainings, seed + 3),
            rsc: shuffle(portfolio.rsc, seed + 4),
            references: shuffle(portfolio.references, seed + 5),
            agreements: shuffle(portfolio.agreements, seed + 6),
            memberships: shuffle(portfolio.memberships, seed + 7),
            exams: shuffle(portfolio.exams, seed + 8),
          };
          expect(evaluate(shuffled, target, { asOf: AS_OF, edition })).toEqual(
            evaluate(portfolio, target, { asOf: AS_OF, edition }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(portfolioArb, editionArb, targetArb, (portfolio, edition, target) => {
        const copy = structuredClone(portfolio);
        expect(evaluate(copy, target, { asOf: AS_OF, edition })).toEqual(
          evaluate(portfolio, target, { asOf: AS_OF, edition }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
