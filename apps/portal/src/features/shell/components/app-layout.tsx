import { useQuery } from '@apollo/client/react';
import { AccountLoadError, FullPageLoader, SignedInFrame, signInPath } from '@imh/ui';
import { NavLink } from '@mantine/core';
import { Navigate, Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { NotificationsNavLink } from '../../notifications/components/notifications-nav-link';

const AppLayout_Me = graphql(`
  query AppLayout_Me {
    me {
      id
      name
      roles
    }
  }
`);

const STAFF_ROLES: readonly Role[] = ['REVIEWER', 'COORDINATOR', 'CHAPTER_ANALYST'];

const APPLICANT_PAGES = [
  { to: '/application', label: 'Application' },
  { to: '/endorsement', label: 'Endorsement' },
  { to: '/portfolio', label: 'Portfolio' },
  { to: '/progress', label: 'Progress' },
  { to: '/profile', label: 'Profile' },
] as const;

/** The signed-in frame: loads the person once, sends signed-out visitors to sign in. */
export const AppLayout = () => {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(AppLayout_Me);

  if (loading && !data) return <FullPageLoader />;
  if (error) return <AccountLoadError onRetry={() => refetch()} />;
  const me = data?.me;
  if (!me) return <Navigate to={signInPath({ next: location.pathname + location.search })} replace />;

  const isApplicant = me.roles.includes('APPLICANT');

  return (
    <SignedInFrame
      productName="IMH Endorsement® portal"
      userName={me.name}
      navigation={(closeNav) => (
        <>
          {isApplicant &&
            APPLICANT_PAGES.map((page) => (
              <NavLink
                key={page.to}
                component={RouterNavLink}
                to={page.to}
                label={page.label}
                active={location.pathname.startsWith(page.to)}
                onClick={closeNav}
              />
            ))}
          <NotificationsNavLink onNavigate={closeNav} />
          {me.roles.some((role) => STAFF_ROLES.includes(role)) && (
            <NavLink component="a" href="/admin/" label="Admin console" />
          )}
        </>
      )}
    >
      <Outlet />
    </SignedInFrame>
  );
};
