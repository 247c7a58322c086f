import { describe, expect, it } from 'vitest';
import { appendPage, describeShown, type EntryListData, PAGE_SIZE } from './pagination';

type Node = { id: string };

const page = (ids: string[], hasNextPage: boolean, total: number): EntryListData<Node> => ({
  myProfile: {
    id: 'profile',
    entries: {
      totalCount: total,
      pageInfo: { hasNextPage, endCursor: ids.at(-1) ?? null },
      edges: ids.map((id) => ({ cursor: id, node: { id } })),
    },
  },
});

const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => `e${from + i}`);

describe('appendPage', () => {
  it('pages through more than one page of entries', () => {
    const first = page(ids(1, PAGE_SIZE), true, 45);
    const second = appendPage(first, page(ids(21, PAGE_SIZE), true, 45));
    const third = appendPage(second, page(ids(41, 5), false, 45));
    expect(third.myProfile?.entries.edges.map((e) => e.node.id)).toEqual(ids(1, 45));
    expect(third.myProfile?.entries.pageInfo).toEqual({ hasNextPage: false, endCursor: 'e45' });
  });

  it('shows an entry once when it turns up on two pages', () => {
    const merged = appendPage(page(['a', 'b'], true, 4), page(['b', 'c', 'd'], false, 4));
    expect(merged.myProfile?.entries.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('takes the newest total', () => {
    expect(appendPage(page(['a'], true, 3), page(['b'], false, 2)).myProfile?.entries.totalCount).toBe(2);
  });

  it('keeps the next page when there is nothing to append to', () => {
    const next = page(['a'], false, 1);
    expect(appendPage({ myProfile: null }, next)).toBe(next);
  });
});

describe('describeShown', () => {
  it('counts in words', () => {
    expect(describeShown(20, 45, { one: 'training', many: 'trainings' })).toBe('Showing 20 of 45 trainings');
    expect(describeShown(1, 1, { one: 'training', many: 'trainings' })).toBe('Showing 1 of 1 training');
  });
});
