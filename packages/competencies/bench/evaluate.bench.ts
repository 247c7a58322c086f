/**
 * Portfolios per second: one "portfolio" is a typical applicant's portfolio evaluated against every
 * level and track of an edition (7 evaluations). Plain script (not a vitest bench) so `pnpm bench`
 * prints one figure and writes nothing. Target: at least 50,000 portfolios per second on one core.
 */
import { CURRENT_2024, evaluate, type Portfolio, satisfiedLevels, TARGETS, VAIMH_2010 } from '../src/index';

// The package has no Node types (it runs in browsers too); declare the two globals this script uses.
declare const console: { log(...args: unknown[]): void };
declare const performance: { now(): number };

/** A typical IMHS applicant: two degrees, three jobs, eight trainings, monthly RSC logs for a year, four references. */
function typicalPortfolio(): Portfolio {
  const months = Array.from({ length: 12 }, (_, i) => i);
  const day = (year: number, month: number, d: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return {
    education: [
      { id: 'ba', degree: 'BACHELOR', completedOn: '2012-05-15' },
      { id: 'msw', degree: 'MASTER', completedOn: '2016-05-15' },
    ],
    work: [
      {
        id: 'w1',
        role: 'Home visitor',
        kind: 'PREVENTION_EARLY_INTERVENTION',
        paid: true,
        supervised: true,
        startDate: '2012-09-01',
        endDate: '2016-06-30',
        hoursPerWeek: 40,
        servesInfantsAndFamilies: true,
        familiesServed: 25,
      },
      {
        id: 'w2',
        role: 'IMH therapist',
        kind: 'IMH_SERVICES',
        paid: true,
        supervised: true,
        startDate: '2016-08-01',
        hoursPerWeek: 32,
        servesInfantsAndFamilies: true,
        familiesServed: 30,
      },
      {
        id: 'w3',
        role: 'Parent group facilitator',
        kind: 'IMH_SERVICES',
        paid: true,
        supervised: true,
        startDate: '2019-01-01',
        endDate: '2020-12-31',
        hoursPerWeek: 8,
        servesInfantsAndFamilies: true,
      },
    ],
    leadership: [
      { id: 'l1', description: 'Regional chapter committee', scope: 'REGIONAL', startDate: '2021-01-01' },
    ],
    trainings: Array.from({ length: 8 }, (_, i) => ({
      id: `t${i}`,
      title: `Training ${i}`,
      date: day(2017 + i, 3, 10),
      hours: 6 + i,
      domains: ['theoretical_foundations', 'direct_service_skills'],
      topics: i === 0 ? (['DEI'] as const) : i === 1 ? (['PROVIDING_RSC'] as const) : [],
    })),
    rsc: months.map((m) => ({
      id: `rsc${m}`,
      startDate: day(2023, m + 1, 1),
      endDate: day(2023, m + 1, 28),
      hours: 4.5,
      format: m % 3 === 0 ? ('GROUP' as const) : ('INDIVIDUAL' as const),
      provider: {
        endorsement: { level: 'IMHM' as const, track: 'CLINICAL' as const },
        degree: 'POST_GRADUATE' as const,
      },
      peer: false,
      aboutApplicantsOwnRsc: false,
    })),
    references: [
      {
        id: 'r1',
        raterRole: 'CURRENT_SUPERVISOR',
        raterEndorsement: { level: 'IMHS' },
        knownSince: '2016-08-01',
        receivedOn: '2024-02-01',
      },
      {
        id: 'r2',
        raterRole: 'RSC_PROVIDER',
        raterEndorsement: { level: 'IMHM', track: 'CLINICAL' },
        knownSince: '2022-01-01',
        receivedOn: '2024-02-10',
      },
      {
        id: 'r3',
        raterRole: 'COLLEAGUE',
        raterEndorsement: null,
        knownSince: '2017-01-01',
        receivedOn: '2024-02-15',
      },
      { id: 'r4', raterRole: 'SUPERVISEE', raterEndorsement: null, knownSince: '2021-01-01' },
    ],
    agreements: [
      { document: 'CODE_OF_ETHICS', version: '2024', signedOn: '2024-01-20' },
      { document: 'ENDORSEMENT_AGREEMENT', version: '2024', signedOn: '2024-01-20' },
    ],
    memberships: [{ startDate: '2024-01-01', endDate: '2024-12-31' }],
    exams: [],
  };
}

/** Runs `once` for about `seconds` after a warm-up and returns calls per second. */
function measure(once: () => void, seconds: number): number {
  for (let i = 0; i < 2_000; i++) once(); // warm-up, so the JIT has compiled the hot paths
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    for (let i = 0; i < 1_000; i++) once();
    count += 1_000;
    elapsed = performance.now() - start;
  }
  return count / (elapsed / 1000);
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');
const portfolio = typicalPortfolio();
let sink = 0;
for (const edition of [VAIMH_2010, CURRENT_2024]) {
  const options = { asOf: '2024-06-30', edition };
  // satisfiedLevels: every level and track, dates parsed once (how the API and apps ask).
  const batch = measure(() => {
    sink += satisfiedLevels(portfolio, options).satisfied.length;
  }, 2);
  // evaluate called once per target: the same work with the dates parsed seven times.
  const single = measure(() => {
    for (const target of TARGETS) if (evaluate(portfolio, target, options).eligible) sink++;
  }, 2);
  console.log(
    `${edition.id}: ${format(batch)} portfolios/s with satisfiedLevels (${(1e6 / batch).toFixed(1)} µs for ${TARGETS.length} targets); ${format(single)} portfolios/s with ${TARGETS.length} evaluate calls`,
  );
}
if (sink < 0) console.log('unreachable: keeps the results alive');
