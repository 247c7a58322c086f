import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { appendPage, type EntryListData, PAGE_SIZE } from '../model/pagination';

/** One section's entries, a page at a time ("Load more" follows the connection's cursor). */
export function useSectionList<Node extends { id: string }>(
  list: TypedDocumentNode<EntryListData<Node>, { first: number; after?: string | null }>,
) {
  const { data, loading, error, fetchMore, refetch } = useQuery(list, {
    variables: { first: PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.myProfile?.entries ?? null;

  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { first: PAGE_SIZE, after },
        updateQuery: (shown, { fetchMoreResult }) =>
          appendPage(shown as EntryListData<Node>, fetchMoreResult as EntryListData<Node>) as typeof shown,
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loaded: data !== undefined,
    noProfile: data !== undefined && !data.myProfile,
    loading: loading && !data,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}
