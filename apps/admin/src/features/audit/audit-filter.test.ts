import { describe, expect, it } from 'vitest';
import { EMPTY_AUDIT_FILTER, formatSnapshot, toAuditFilter } from './audit-filter';

describe('audit filter', () => {
  it('filters nothing when every field is blank', () => {
    expect(toAuditFilter(EMPTY_AUDIT_FILTER)).toBeNull();
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, action: '   ' })).toBeNull();
  });

  it('passes a trimmed action and the entity type', () => {
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, action: ' review.submit ', entityType: 'Review' })).toEqual(
      {
        action: 'review.submit',
        entityType: 'Review',
      },
    );
  });

  it('turns days into the start of "From" and the end of "To" in local time', () => {
    const filter = toAuditFilter({ ...EMPTY_AUDIT_FILTER, from: '2026-03-01', to: '2026-03-31' });
    expect(filter).toEqual({
      from: new Date(2026, 2, 1, 0, 0, 0, 0).toISOString(),
      to: new Date(2026, 2, 31, 23, 59, 59, 999).toISOString(),
    });
  });

  it('ignores a half-typed date', () => {
    expect(toAuditFilter({ ...EMPTY_AUDIT_FILTER, from: '2026-03' })).toBeNull();
  });

  it('prints snapshots as indented JSON, and says when there is none', () => {
    expect(formatSnapshot({ roles: ['REVIEWER'] })).toBe('{\n  "roles": [\n    "REVIEWER"\n  ]\n}');
    expect(formatSnapshot(null)).toBe('Nothing recorded.');
  });
});
