/** The README's example: `tsx examples/evaluate.ts` prints the output shown there. */
import { evaluate, type Portfolio, satisfiedLevels, VAIMH_2010 } from '../src/index';

declare const console: { log(...args: unknown[]): void };

const portfolio: Portfolio = {
  education: [{ id: 'ba', degree: 'BACHELOR', field: 'Child development', completedOn: '2019-05-18' }],
  work: [
    {
      id: 'home-visitor',
      role: 'Home visitor',
      kind: 'PREVENTION_EARLY_INTERVENTION',
      paid: true,
      supervised: true,
      startDate: '2019-09-03',
      hoursPerWeek: 32,
      servesInfantsAndFamilies: true,
      familiesServed: 14,
    },
  ],
  leadership: [],
  trainings: [
    {
      id: 't1',
      title: 'Infant mental health foundations',
      date: '2021-03-12',
      hours: 18,
      domains: ['theoretical_foundations'],
      topics: [],
    },
    {
      id: 't2',
      title: 'Reflective practice',
      date: '2023-10-06',
      hours: 9,
      domains: ['reflection'],
      topics: [],
    },
  ],
  rsc: [
    {
      id: 'rsc-2023',
      startDate: '2023-01-01',
      endDate: '2023-12-31',
      hours: 20,
      format: 'GROUP',
      provider: { name: 'Jo Rivera', endorsement: { level: 'IMHS' }, degree: 'MASTER' },
      peer: false,
      aboutApplicantsOwnRsc: false,
    },
  ],
  references: [
    {
      id: 'r1',
      raterRole: 'CURRENT_SUPERVISOR',
      raterEndorsement: { level: 'IFS' },
      knownSince: '2019-09-03',
      receivedOn: '2024-04-02',
    },
    {
      id: 'r2',
      raterName: 'Jo Rivera',
      raterRole: 'RSC_PROVIDER',
      raterEndorsement: { level: 'IMHS' },
      knownSince: '2023-01-01',
    },
    {
      id: 'r3',
      raterRole: 'COLLEAGUE',
      raterEndorsement: null,
      knownSince: '2020-01-15',
      receivedOn: '2024-04-20',
    },
  ],
  agreements: [
    { document: 'CODE_OF_ETHICS', version: '2024', signedOn: '2024-03-01' },
    { document: 'ENDORSEMENT_AGREEMENT', version: '2024', signedOn: '2024-03-01' },
  ],
  memberships: [{ association: 'VAIMH', startDate: '2024-01-01', endDate: '2024-12-31' }],
  exams: [],
};

const result = evaluate(portfolio, { level: 'IFS' }, { asOf: '2024-06-30', edition: VAIMH_2010 });
console.log(
  `${result.editionId} · ${result.target.level} · eligible: ${result.eligible} · ready for review: ${result.readyForReview}`,
);
for (const r of result.requirements) {
  const progress = r.progress ? ` (${r.progress.have}/${r.progress.need} ${r.progress.unit})` : '';
  console.log(`${r.status.padEnd(8)} ${r.label}${progress}`);
  for (const reason of r.reasons) console.log(`         - ${reason}`);
}
const ladder = satisfiedLevels(portfolio, { asOf: '2024-06-30', edition: VAIMH_2010 });
console.log(
  `satisfied: ${ladder.satisfied.map((t) => t.level).join(', ')}; nearest: ${ladder.nearest?.target.level}`,
);
