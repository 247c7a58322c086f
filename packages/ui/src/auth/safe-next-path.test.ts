import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it.each([
    ['/profile', '/profile'],
    ['/profile?tab=1', '/profile?tab=1'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
  ])('follows %j to %j', (next, expected) => {
    expect(safeNextPath(next, '/')).toBe(expected);
  });
});
