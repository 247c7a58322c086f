/** The API's page size for portfolio lists (its default, too). */
export const PAGE_SIZE = 20;

export interface EntryConnection<Node extends { id: string }> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ cursor: string; node: Node }>;
}

/** The shape every section's list query has (the connection is aliased `entries`). */
export interface EntryListData<Node extends { id: string }> {
  myProfile: { id: string; entries: EntryConnection<Node> } | null;
}

/**
 * "Load more": the next page after the ones shown. The total and page info come from the newest
 * page; an entry that moved between pages (someone saved in another tab) is shown once.
 */
export function appendPage<Node extends { id: string }, Data extends EntryListData<Node>>(
  shown: Data,
  next: Data,
): Data {
  const before = shown.myProfile;
  const after = next.myProfile;
  if (!before || !after) return next;
  const seen = new Set(before.entries.edges.map((edge) => edge.node.id));
  return {
    ...next,
    myProfile: {
      ...after,
      entries: {
        ...after.entries,
        edges: [...before.entries.edges, ...after.entries.edges.filter((edge) => !seen.has(edge.node.id))],
      },
    },
  };
}

/** "Showing 20 of 45 entries". */
export const describeShown = (shown: number, total: number, noun: { one: string; many: string }) =>
  `Showing ${shown} of ${total} ${total === 1 ? noun.one : noun.many}`;
