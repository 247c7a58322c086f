import { describeRequestError } from '@imh/ui';
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface PagedResultsProps {
  error: unknown;
  loading: boolean;
  connection: { totalCount: number; pageInfo: { hasNextPage: boolean } } | null | undefined;
  /** How many rows are on screen now. */
  shown: number;
  /** What a row is: singular and plural ("user", "users"). */
  noun: readonly [string, string];
  loadingLabel: string;
  onLoadMore: () => void;
  loadingMore: boolean;
  children: ReactNode;
}

/** A filtered list's results: the error, the first load, "Showing N of M", the table and "Load more". */
export const PagedResults = ({
  error,
  loading,
  connection,
  shown,
  noun,
  loadingLabel,
  onLoadMore,
  loadingMore,
  children,
}: PagedResultsProps) => (
  <>
    {error ? (
      <Alert color="red" variant="light" role="alert">
        {describeRequestError(error)}
      </Alert>
    ) : null}
    {loading && !connection ? (
      <Loader aria-label={loadingLabel} />
    ) : (
      connection && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            Showing {shown} of {connection.totalCount} {connection.totalCount === 1 ? noun[0] : noun[1]}
          </Text>
          {children}
          {connection.pageInfo.hasNextPage && (
            <Group>
              <Button variant="default" onClick={onLoadMore} loading={loadingMore}>
                Load more
              </Button>
            </Group>
          )}
        </>
      )
    )}
  </>
);
