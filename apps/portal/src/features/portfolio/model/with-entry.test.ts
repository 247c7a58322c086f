import type { Portfolio } from '@imh/competencies';
import { describe, expect, it } from 'vitest';
import { withEntry } from './with-entry';

const empty: Portfolio = {
  education: [],
  work: [],
  leadership: [],
  trainings: [],
  rsc: [],
  references: [],
  agreements: [],
  memberships: [],
  exams: [],
};

const training = (id: string, hours: number) => ({
  id,
  title: id,
  date: '2024-01-01',
  hours,
  domains: [],
  topics: [],
});

describe('withEntry', () => {
  const portfolio: Portfolio = { ...empty, trainings: [training('a', 12), training('b', 8)] };

  it('adds a new entry', () => {
    const next = withEntry(portfolio, 'trainings', training('new', 10));
    expect(next.trainings.map((t) => t.id)).toEqual(['a', 'b', 'new']);
    expect(portfolio.trainings).toHaveLength(2);
  });

  it('replaces the entry being edited', () => {
    const next = withEntry(portfolio, 'trainings', training('a', 20), training('a', 12));
    expect(next.trainings.map((t) => [t.id, t.hours])).toEqual([
      ['b', 8],
      ['a', 20],
    ]);
  });

  it('leaves the edited entry out while the form describes nothing countable', () => {
    expect(withEntry(portfolio, 'trainings', null, training('a', 12)).trainings.map((t) => t.id)).toEqual([
      'b',
    ]);
  });

  it('matches memberships, which have no id, by association and period, once', () => {
    const m = { association: 'MI-AIMH', startDate: '2026-07-01', endDate: '2027-06-30' };
    const other = { association: 'VAIMH', startDate: '2026-07-01', endDate: '2027-06-30' };
    const withTwo: Portfolio = { ...empty, memberships: [m, other, { ...m }] };
    const next = withEntry(withTwo, 'memberships', { ...m, endDate: '2028-06-30' }, m);
    expect(next.memberships).toEqual([other, m, { ...m, endDate: '2028-06-30' }]);
  });

  it('touches no other section', () => {
    const next = withEntry(portfolio, 'work', null);
    expect(next.trainings).toBe(portfolio.trainings);
  });
});
