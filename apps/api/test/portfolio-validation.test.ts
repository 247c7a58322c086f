import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  createOp,
  newApplicant,
  SECTIONS,
  type SectionKey,
  TODAY,
  updateOp,
} from './helpers/portfolio-fixtures.ts';
import { startTestServer, type TestServer } from './helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const TOMORROW = '2026-11-24';
const long = (n: number) => 'x'.repeat(n);

// [section, what is wrong, the fields that make it wrong, the path the error names]
const CASES: [SectionKey, string, Record<string, unknown>, string][] = [
  ['education', 'a blank field of study', { field: '   ' }, 'field'],
  ['education', 'an institution name of 201 characters', { institution: long(201) }, 'institution'],
  ['education', 'a degree completed tomorrow', { completedOn: TOMORROW }, 'completedOn'],
  ['education', 'a degree completed before 1950', { completedOn: '1949-12-31' }, 'completedOn'],
  ['education', 'a document that does not exist', { documentId: 'no-such-document' }, 'documentId'],

  ['work', 'a blank role', { role: '' }, 'role'],
  ['work', 'a blank employer', { employer: ' \t ' }, 'employer'],
  ['work', 'zero hours a week', { hoursPerWeek: 0 }, 'hoursPerWeek'],
  ['work', 'negative hours a week', { hoursPerWeek: -5 }, 'hoursPerWeek'],
  ['work', '81 hours a week', { hoursPerWeek: 81 }, 'hoursPerWeek'],
  ['work', 'a start in the future', { startDate: TOMORROW, endDate: null }, 'startDate'],
  ['work', 'an end in the future', { endDate: TOMORROW }, 'endDate'],
  ['work', 'an end before the start', { startDate: '2020-08-01', endDate: '2020-07-31' }, 'endDate'],
  ['work', 'a start before 1950', { startDate: '1900-01-01' }, 'startDate'],
  ['work', 'a negative number of families', { familiesServed: -1 }, 'familiesServed'],
  ['work', 'an absurd number of families', { familiesServed: 10_001 }, 'familiesServed'],
  ['work', 'a description of 2001 characters', { description: long(2001) }, 'description'],

  ['trainings', 'a blank title', { title: '' }, 'title'],
  ['trainings', 'a blank provider', { provider: '  ' }, 'provider'],
  ['trainings', 'zero hours', { hours: 0 }, 'hours'],
  ['trainings', 'negative hours', { hours: -2 }, 'hours'],
  ['trainings', 'more than 500 hours', { hours: 500.5 }, 'hours'],
  ['trainings', 'a date in the future', { date: TOMORROW }, 'date'],
  ['trainings', 'a date before 1950', { date: '1949-06-01' }, 'date'],
  [
    'trainings',
    'an unknown competency domain',
    { competencyDomains: ['reflection', 'astrology'] },
    'competencyDomains',
  ],
  [
    'trainings',
    'a domain listed twice',
    { competencyDomains: ['reflection', 'reflection'] },
    'competencyDomains',
  ],
  ['trainings', 'a topic listed twice', { topics: ['DEI', 'DEI'] }, 'topics'],

  ['rsc', 'zero hours', { hours: 0 }, 'hours'],
  ['rsc', 'more than 1000 hours', { hours: 1000.5 }, 'hours'],
  ['rsc', '13 hours in one day', { startDate: '2025-01-10', endDate: '2025-01-10', hours: 13 }, 'hours'],
  ['rsc', '25 hours in two days', { startDate: '2025-01-10', endDate: '2025-01-11', hours: 25 }, 'hours'],
  ['rsc', 'an end before the start', { startDate: '2025-01-10', endDate: '2025-01-09' }, 'endDate'],
  ['rsc', 'an end in the future', { endDate: TOMORROW }, 'endDate'],
  ['rsc', 'a start in the future', { startDate: TOMORROW, endDate: TOMORROW, hours: 1 }, 'startDate'],
  ['rsc', 'a start before 1950', { startDate: '1949-12-31' }, 'startDate'],
  ['rsc', 'a track for a provider who is not a Mentor', { providerLevel: 'IMHS' }, 'providerTrack'],
  ['rsc', 'a track for an unendorsed provider', { providerLevel: null }, 'providerTrack'],
  ['rsc', 'a blank provider name', { providerName: '' }, 'providerName'],
  ['rsc', 'an invalid provider email', { providerEmail: 'ruth at example' }, 'providerEmail'],

  ['leadership', 'a blank description', { description: '   ' }, 'description'],
  ['leadership', 'a description of 1001 characters', { description: long(1001) }, 'description'],
  ['leadership', 'an end before the start', { startDate: '2022-01-01', endDate: '2021-12-31' }, 'endDate'],
  ['leadership', 'a start in the future', { startDate: TOMORROW }, 'startDate'],
  ['leadership', 'an end in the future', { endDate: TOMORROW }, 'endDate'],

  ['memberships', 'a blank association name', { associationName: '' }, 'associationName'],
  ['memberships', 'a member number of 51 characters', { memberNumber: long(51) }, 'memberNumber'],
  ['memberships', 'an end before the start', { startsOn: '2026-07-01', endsOn: '2026-06-30' }, 'endsOn'],
  ['memberships', 'a start in the future', { startsOn: TOMORROW, endsOn: '2027-11-23' }, 'startsOn'],
  ['memberships', 'a start before 1950', { startsOn: '1949-01-01' }, 'startsOn'],
];

describe('portfolio input validation', () => {
  it.each(CASES)('%s: refuses %s, naming the field, and writes nothing', async (key, _label, wrong, path) => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    const res = await client.gql(createOp(key), { input: { ...SECTIONS[key].valid, ...wrong } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.result.__typename).toBe('ValidationError');
    expect(res.data?.result.fieldErrors).toContainEqual({ path, message: expect.any(String) });
    expect(await countRows(server.prisma, key, profile.id)).toBe(0);
  });

  it('reports every malformed field of an input at once', async () => {
    const { client } = await newApplicant(server.url, server.prisma);
    const res = await client.gql(createOp('work'), {
      input: {
        ...SECTIONS.work.valid,
        role: '',
        hoursPerWeek: 0,
        familiesServed: -1,
        description: long(2001),
      },
    });
    expect(res.data?.result.fieldErrors).toEqual([
      { path: 'role', message: 'Enter the role or job title.' },
      { path: 'hoursPerWeek', message: 'Enter the hours per week, from 1 to 80.' },
      { path: 'familiesServed', message: 'Enter a number of families from 0 to 10000.' },
      { path: 'description', message: 'Use at most 2000 characters.' },
    ]);
  });

  it('reports every broken rule of an entry at once', async () => {
    const { client } = await newApplicant(server.url, server.prisma);
    const res = await client.gql(createOp('rsc'), {
      input: { ...SECTIONS.rsc.valid, startDate: TOMORROW, endDate: TODAY, providerLevel: 'IFS' },
    });
    expect(res.data?.result.fieldErrors.map((e: { path: string }) => e.path).sort()).toEqual([
      'endDate',
      'providerTrack',
      'startDate',
    ]);
  });

  it('accepts the edges of each range', async () => {
    const { client } = await newApplicant(server.url, server.prisma);
    const ok = [
      ['work', { hoursPerWeek: 1, familiesServed: 0, startDate: '1950-01-01', endDate: TODAY }],
      ['work', { hoursPerWeek: 80, familiesServed: 10_000, endDate: null }],
      ['trainings', { hours: 500, date: TODAY, competencyDomains: [], topics: [] }],
      ['rsc', { startDate: TODAY, endDate: TODAY, hours: 12 }],
      [
        'rsc',
        {
          hours: 1000,
          startDate: '2020-01-01',
          endDate: '2025-01-01',
          providerTrack: null,
          providerLevel: null,
        },
      ],
      ['memberships', { startsOn: TODAY, endsOn: TODAY }],
      ['education', { completedOn: null }],
    ] as const;
    for (const [key, input] of ok) {
      const res = await client.gql(createOp(key), { input: { ...SECTIONS[key].valid, ...input } });
      expect(res.data?.result.__typename, `${key} ${JSON.stringify(input)}`).toBe(
        `MutationCreate${SECTIONS[key].name}Success`,
      );
    }
  });

  it('leaves an entry as it was when an update is refused', async () => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    const id = (await client.gql(createOp('work'), { input: SECTIONS.work.valid })).data?.result.data.id;
    const before = await server.prisma.workEntry.findUniqueOrThrow({ where: { id } });
    const res = await client.gql(updateOp('work'), {
      id,
      input: { ...SECTIONS.work.valid, role: 'Supervisor', endDate: '2019-01-01' },
    });
    expect(res.data?.result.fieldErrors).toEqual([
      { path: 'endDate', message: 'The end date is before the start date.' },
    ]);
    expect(await server.prisma.workEntry.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await countRows(server.prisma, 'work', profile.id)).toBe(1);
  });

  it('refuses a date that does not exist before any resolver runs', async () => {
    const { client, profile } = await newApplicant(server.url, server.prisma);
    const res = await client.gql(createOp('trainings'), {
      input: { ...SECTIONS.trainings.valid, date: '2025-02-30' },
    });
    expect(res.errors?.[0]?.message).toContain('2025-02-30 is not a real date.');
    expect(await countRows(server.prisma, 'trainings', profile.id)).toBe(0);
  });
});
