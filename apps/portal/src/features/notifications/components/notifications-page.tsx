import { useMutation, useQuery } from '@apollo/client/react';
import { describeRequestError, FormAlert } from '@imh/ui';
import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatDate } from '../../application/format-date';

const NotificationsPage_List = graphql(`
  query NotificationsPage_List($after: String) {
    myNotifications(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          body
          link
          readAt
          createdAt
        }
      }
    }
  }
`);

const NotificationsPage_MarkAllRead = graphql(`
  mutation NotificationsPage_MarkAllRead {
    markNotificationsRead
  }
`);

export const NotificationsPage = () => {
  const { data, loading, error, fetchMore, refetch } = useQuery(NotificationsPage_List, {
    fetchPolicy: 'cache-and-network',
  });
  const [markAll, marking] = useMutation(NotificationsPage_MarkAllRead, {
    refetchQueries: ['NotificationsNavLink_UnreadCount'],
  });
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; message: string } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const connection = data?.myNotifications;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  const unread = nodes.filter((n) => !n.readAt).length;

  const onMarkAll = async () => {
    setNotice(null);
    try {
      const { data: result } = await markAll();
      await refetch();
      const count = result?.markNotificationsRead ?? 0;
      setNotice({
        tone: 'success',
        message: count === 1 ? '1 notification marked as read.' : `${count} notifications marked as read.`,
      });
    } catch (e) {
      setNotice({ tone: 'error', message: describeRequestError(e) });
    }
  };

  const onMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection?.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          myNotifications: {
            ...fetchMoreResult.myNotifications,
            edges: [...previous.myNotifications.edges, ...fetchMoreResult.myNotifications.edges],
          },
        }),
      });
    } catch (e) {
      setNotice({ tone: 'error', message: describeRequestError(e) });
    } finally {
      setLoadingMore(false);
    }
  };

  const body = (() => {
    if (loading && !data) return <Loader aria-label="Loading your notifications" />;
    if (error && !data) {
      return (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(error)}
        </Alert>
      );
    }
    if (nodes.length === 0) return <Text c="dimmed">You have no notifications yet.</Text>;
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Notifications">
        {nodes.map((n) => (
          <Paper key={n.id} component="li" withBorder p="md" bg={n.readAt ? undefined : 'teal.0'}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4}>
                <Group gap="xs">
                  {n.link ? (
                    <Anchor component={Link} to={n.link} fw={600}>
                      {n.title}
                    </Anchor>
                  ) : (
                    <Text fw={600}>{n.title}</Text>
                  )}
                  {!n.readAt && (
                    <Badge size="xs" color="teal" variant="filled">
                      New
                    </Badge>
                  )}
                </Group>
                <Text size="sm">{n.body}</Text>
              </Stack>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(n.createdAt)}
              </Text>
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  })();

  return (
    <Stack gap="lg" maw={820}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Notifications</Title>
          <Text c="dimmed">What happened with your application and your references.</Text>
        </div>
        <Button variant="default" onClick={onMarkAll} loading={marking.loading} disabled={nodes.length === 0}>
          Mark all as read
        </Button>
      </Group>
      <FormAlert message={notice?.message ?? null} tone={notice?.tone} />
      {unread > 0 && (
        <Text size="sm" c="dimmed">
          {unread} unread
        </Text>
      )}
      {body}
      {connection?.pageInfo.hasNextPage && (
        <Group>
          <Button variant="default" onClick={onMore} loading={loadingMore}>
            Show older notifications
          </Button>
        </Group>
      )}
    </Stack>
  );
};
