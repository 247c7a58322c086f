import { useState } from 'react';

type PagedConnection = { pageInfo: { endCursor?: string | null } } | null | undefined;

/**
 * "Load more" for a Relay connection: fetches the page after the last one shown with the same
 * variables (the cache's relayStylePagination appends it) and says while it is on its way.
 */
export function useLoadMore<V extends object>(
  connection: PagedConnection,
  variables: V,
  fetchMore: (options: { variables: V & { after: string } }) => Promise<unknown>,
) {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { ...variables, after } });
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadMore, loadingMore };
}
