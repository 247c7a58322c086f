import { useQuery } from '@apollo/client/react';
import { Badge, NavLink } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import { BellIcon } from './bell-icon';

const NotificationsNavLink_UnreadCount = graphql(`
  query NotificationsNavLink_UnreadCount {
    unreadNotificationCount
  }
`);

const POLL_MS = 60_000;

/**
 * The shared signed-in frame has no header slot, so the bell lives in the navigation. The count is
 * polled, and re-read on every page change so it follows what the person just did.
 */
export const NotificationsNavLink = ({ onNavigate }: { onNavigate: () => void }) => {
  const location = useLocation();
  const { data, refetch } = useQuery(NotificationsNavLink_UnreadCount, { pollInterval: POLL_MS });
  const unread = data?.unreadNotificationCount ?? 0;

  // The first page's count comes with the query itself; later pages re-read it.
  const countedAt = useRef(location.pathname);
  useEffect(() => {
    if (countedAt.current === location.pathname) return;
    countedAt.current = location.pathname;
    void refetch().catch(() => undefined);
  }, [location.pathname, refetch]);

  return (
    <NavLink
      component={RouterNavLink}
      to="/notifications"
      label="Notifications"
      leftSection={<BellIcon />}
      rightSection={
        unread > 0 ? (
          <Badge size="sm" color="red" variant="filled" circle={unread < 10} aria-label={`${unread} unread`}>
            {unread}
          </Badge>
        ) : null
      }
      active={location.pathname.startsWith('/notifications')}
      onClick={onNavigate}
    />
  );
};
