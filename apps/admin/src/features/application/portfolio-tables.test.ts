import { describe, expect, it } from 'vitest';
import { portfolioTables } from './portfolio-tables';

describe('portfolioTables', () => {
  it('gives every section a table, empty when the portfolio lacks it', () => {
    const tables = portfolioTables(null);
    expect(tables.map((t) => t.title)).toEqual([
      'Education',
      'Work experience',
      'In-service training',
      'Reflective supervision/consultation',
      'Leadership',
      'Memberships',
    ]);
    expect(tables.every((t) => t.rows.length === 0)).toBe(true);
  });

  it('reads entries in words', () => {
    const [education, , , rsc] = portfolioTables({
      education: [{ id: 'e', degree: 'MASTER', field: 'Social work' }],
      rsc: [
        {
          id: 'r',
          startDate: '2025-01-01',
          endDate: '2025-12-31',
          hours: 50,
          format: 'INDIVIDUAL',
          provider: { name: 'Pat', endorsement: { level: 'IMHM', track: 'CLINICAL' } },
          peer: false,
          aboutApplicantsOwnRsc: true,
        },
      ],
    });
    expect(education?.rows).toEqual([["Master's", 'Social work', '—', 'In progress']]);
    expect(rsc?.rows[0]).toEqual([
      '2025-01-01',
      '2025-12-31',
      '50',
      'Individual',
      'Pat',
      'IMHM CLINICAL',
      'No',
      'Yes',
    ]);
  });
});
