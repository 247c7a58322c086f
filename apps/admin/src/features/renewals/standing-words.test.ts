import { describe, expect, it } from 'vitest';
import { describeStanding } from './standing-words';

const submitted = { status: 'SUBMITTED', kind: 'RENEWAL', late: false } as const;

describe('describeStanding', () => {
  it('names where the endorsement stands when nothing waits for the coordinator', () => {
    expect(describeStanding({ status: 'RENEWAL_DUE' }).label).toBe('Renewal due');
    expect(describeStanding({ status: 'GRACE' }).label).toBe('Overdue');
    expect(describeStanding({ status: 'LAPSED' }).label).toBe('Lapsed');
    expect(describeStanding({ status: 'ACTIVE', renewal: { ...submitted, status: 'RETURNED' } })).toEqual({
      label: 'Active',
      color: 'teal',
      notes: [],
    });
  });

  it('puts a submitted renewal first, saying when it is late or a reinstatement', () => {
    expect(describeStanding({ status: 'RENEWAL_DUE', renewal: submitted })).toMatchObject({
      label: 'Submitted',
      notes: [],
    });
    expect(describeStanding({ status: 'GRACE', renewal: { ...submitted, late: true } }).notes).toEqual([
      'late',
    ]);
    expect(
      describeStanding({ status: 'LAPSED', renewal: { ...submitted, late: true, kind: 'REINSTATEMENT' } })
        .notes,
    ).toEqual(['late', 'reinstatement']);
  });
});
