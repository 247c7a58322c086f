import { describe, expect, it } from 'vitest';
import { findOpenApplication, isOpenStatus, STATUS_WORDS } from './status-words';

describe('STATUS_WORDS', () => {
  it('says "Not approved" rather than the enum DENIED', () => {
    expect(STATUS_WORDS.DENIED).toBe('Not approved');
    expect(STATUS_WORDS.CHANGES_REQUESTED).toBe('Changes requested');
  });
});

describe('findOpenApplication', () => {
  it('skips decided and withdrawn applications', () => {
    const apps = [
      { id: 'a', status: 'WITHDRAWN' as const },
      { id: 'b', status: 'EXAM_PENDING' as const },
      { id: 'c', status: 'ENDORSED' as const },
    ];
    expect(findOpenApplication(apps)?.id).toBe('b');
  });

  it('returns null when every application is final', () => {
    expect(findOpenApplication([{ status: 'DENIED' as const }])).toBeNull();
    expect(isOpenStatus('DRAFT')).toBe(true);
  });
});
